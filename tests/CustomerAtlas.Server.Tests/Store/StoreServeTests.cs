using System.Net.Http.Json;
using CustomerAtlas.Data.Tests.Store;
using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Runs;
using CustomerAtlas.Server.Tests.Hosting;

namespace CustomerAtlas.Server.Tests.Store;

/// <summary><c>atlas export</c> then <c>atlas serve --store</c> against the real PostgreSQL: the store must serve what the run folder serves.</summary>
[Collection(ServerCollection.Name)]
public sealed class StoreServeTests(ServerFixture fixture) : IAsyncLifetime
{
    private readonly PostgresTestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_run_exported_twice_is_stored_once_and_served_as_the_folder_serves_it()
    {
        var first = await RunExport.ExportAsync(fixture.Run.RunDirectory, database.ConnectionString);
        var second = await RunExport.ExportAsync(fixture.Run.RunDirectory, database.ConnectionString);
        Assert.Equal(first.Model.Version, second.Model.Version);
        Assert.Equal(fixture.Catalog.Run.Customers.Count, await database.CountAsync("SELECT count(*) FROM atlas_customers"));
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM atlas_models"));

        var stored = await RunExport.LoadFromStoreAsync(database.ConnectionString, version: null);
        var expected = fixture.Catalog.Run;
        Assert.Equal(expected.Model.Version, stored.Model.Version);
        Assert.Equal(expected.Model.ModelJson, stored.Model.ModelJson);
        Assert.Equal(expected.Customers.OrderBy(c => c.CustomerId, StringComparer.Ordinal), stored.Run.Customers);
        Assert.Equal(expected.Segments.Select(s => (s.Id, s.Name, s.Size)), stored.Run.Segments.Select(s => (s.Id, s.Name, s.Size)));
        Assert.All(stored.Run.Customers, c => Assert.NotNull(c.MapX));

        await using var fromStore = await RunningServer.StartAsync(stored);
        using var storeClient = fromStore.Client(fromStore.FullKey);
        using var folderClient = fixture.Server.Client(fixture.Server.FullKey);
        foreach (var customer in expected.Customers.Take(3))
        {
            string path = $"/customers/{Uri.EscapeDataString(customer.CustomerId)}";
            Assert.Equal(await folderClient.GetStringAsync(path), await storeClient.GetStringAsync(path));
        }

        var columns = stored.Scorer.ColumnsFor(Scoring.ScoreInputKind.Features);
        var row = columns.Known.ToDictionary(c => c, c => c == columns.IdColumn ? (object?)"new-1" : 3.5);
        var byStore = await (await storeClient.PostAsJsonAsync("/score", new { features = new[] { row } })).Content.ReadFromJsonAsync<ScoreResponse>();
        var byFolder = await (await folderClient.PostAsJsonAsync("/score", new { features = new[] { row } })).Content.ReadFromJsonAsync<ScoreResponse>();
        Assert.Equal(byFolder!.Results, byStore!.Results);
    }
}
