using CustomerAtlas.Data.Store;
using Npgsql;

namespace CustomerAtlas.Data.Tests.Store;

public sealed class PostgresSegmentStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Jan1 = new(2026, 1, 1, 8, 30, 0, TimeSpan.Zero);
    private readonly PostgresTestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private PostgresSegmentStore Store => new(database.ConnectionString);

    [Fact]
    public async Task Written_run_reads_back_identically()
    {
        var run = SampleRuns.Create("v1", Jan1);
        await Store.WriteAsync(run);

        var back = await Store.ReadRunAsync("v1");

        // The model text comes back byte for byte, so a model loaded from the store predicts as the exported one did.
        Assert.Equal(run.Model.ModelJson, back.Model.ModelJson);
        Assert.Equal(run.Model with { QualityJson = "", FeatureNames = [] }, back.Model with { QualityJson = "", FeatureNames = [] });
        Assert.Equal(run.Model.FeatureNames, back.Model.FeatureNames);
        Assert.Equal(100, System.Text.Json.JsonDocument.Parse(back.Model.QualityJson).RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(run.Segments.Count, back.Segments.Count);
        for (int i = 0; i < run.Segments.Count; i++)
        {
            Assert.Equal(run.Segments[i].Name, back.Segments[i].Name);
            Assert.Equal(run.Segments[i].Size, back.Segments[i].Size);
            Assert.Equal(run.Segments[i].Centroid, back.Segments[i].Centroid);
            Assert.Equal(run.Segments[i].Drivers, back.Segments[i].Drivers);
            Assert.Equal(run.Segments[i].Rules, back.Segments[i].Rules);
        }

        Assert.Equal(run.Profiles.OrderBy(p => (p.SegmentId, p.Feature)), back.Profiles);
        Assert.Equal(run.Customers, back.Customers);
    }

    [Fact]
    public async Task Exporting_the_same_version_again_replaces_instead_of_duplicating()
    {
        await Store.WriteAsync(SampleRuns.Create("v1", Jan1, customers: 5));
        await Store.WriteAsync(SampleRuns.Create("v1", Jan1, customers: 5));
        Assert.Equal(5, await database.CountAsync("SELECT count(*) FROM atlas_customers"));
        Assert.Equal(2, await database.CountAsync("SELECT count(*) FROM atlas_segments"));
        Assert.Equal(4, await database.CountAsync("SELECT count(*) FROM atlas_profiles"));
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM atlas_models"));

        // A re-export with fewer customers leaves exactly the new set, not a union.
        await Store.WriteAsync(SampleRuns.Create("v1", Jan1, customers: 3));
        Assert.Equal(3, await database.CountAsync("SELECT count(*) FROM atlas_customers"));
        Assert.Equal(["C000", "C001", "C002"], (await Store.ReadRunAsync("v1")).Customers.Select(c => c.CustomerId));
    }

    [Fact]
    public async Task Versions_coexist_and_the_newest_is_the_default()
    {
        await Store.WriteAsync(SampleRuns.Create("v2", Jan1.AddDays(1), customers: 4, parent: "v1"));
        await Store.WriteAsync(SampleRuns.Create("v1", Jan1, customers: 6));

        var models = await Store.ListModelsAsync();
        Assert.Equal(["v2", "v1"], models.Select(m => m.Version));
        Assert.Equal("v1", models[0].ParentVersion);
        Assert.Equal(Jan1.AddDays(1), models[0].CreatedUtc);

        var newest = await Store.ReadRunAsync();
        Assert.Equal("v2", newest.Model.Version);
        Assert.Equal(4, newest.Customers.Count);
        Assert.Equal(6, (await Store.ReadRunAsync("v1")).Customers.Count);
    }

    [Fact]
    public async Task A_failed_export_leaves_the_previous_export_of_that_version_intact()
    {
        await Store.WriteAsync(SampleRuns.Create("v1", Jan1, customers: 5));

        // Passes the record checks but breaks the profiles' primary key inside the COPY, after the
        // old rows were deleted: the whole transaction must roll back.
        var broken = SampleRuns.Create("v1", Jan1, customers: 2);
        broken = broken with { Profiles = [.. broken.Profiles, broken.Profiles[0]] };
        await Assert.ThrowsAsync<PostgresException>(() => Store.WriteAsync(broken));

        var back = await Store.ReadRunAsync("v1");
        Assert.Equal(5, back.Customers.Count);
        Assert.Equal(4, back.Profiles.Count);
    }

    [Fact]
    public async Task Inconsistent_runs_are_refused_before_touching_the_database()
    {
        var run = SampleRuns.Create("v1", Jan1);
        var twice = run with { Customers = [.. run.Customers, run.Customers[0]] };
        var unknownSegment = run with { Customers = [new CustomerRecord("X", 7, 1, 1, null, null)] };
        var shortCentroid = run with { Segments = [run.Segments[0] with { Centroid = [1.0] }, run.Segments[1]] };

        Assert.Contains("C000", Assert.Throws<ArgumentException>(() => RunRecordChecks.EnsureConsistent(twice)).Message, StringComparison.Ordinal);
        Assert.Contains("segment 7", Assert.Throws<ArgumentException>(() => RunRecordChecks.EnsureConsistent(unknownSegment)).Message, StringComparison.Ordinal);
        Assert.Contains("centroid", Assert.Throws<ArgumentException>(() => RunRecordChecks.EnsureConsistent(shortCentroid)).Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(twice));
        Assert.Empty(await Store.ListModelsAsync());
    }

    [Fact]
    public async Task Reading_an_empty_store_says_what_to_do()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.ReadRunAsync());
        Assert.Contains("atlas export", error.Message, StringComparison.Ordinal);
        Assert.Contains("'v9'", (await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.ReadRunAsync("v9"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => new PostgresSegmentStore("Host=;;=;Nonsense Key=1"));
        Assert.Equal("connectionString", error.ParamName);
    }
}
