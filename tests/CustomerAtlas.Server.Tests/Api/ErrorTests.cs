using System.Net;
using System.Net.Http.Json;
using System.Text;
using CustomerAtlas.Server.Tests.Hosting;

namespace CustomerAtlas.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class ErrorTests(ServerFixture fixture)
{
    private HttpClient Client() => fixture.Server.Client(fixture.Server.FullKey);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Malformed_json_is_400_with_where_it_broke()
    {
        using var client = Client();
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/score", Json("{\"features\": [ {\"a\": 1,, } ]")), HttpStatusCode.BadRequest);
        Assert.Contains("LineNumber", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_top_level_property_is_400()
    {
        using var client = Client();
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/score", Json("{\"customer\": []}")), HttpStatusCode.BadRequest);
        Assert.Contains("customer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_columns_are_400_naming_them_and_the_known_ones()
    {
        using var client = Client();
        var columns = fixture.Catalog.Scorer.ColumnsFor(Scoring.ScoreInputKind.Features);
        var row = columns.Known.ToDictionary(c => c, c => (object)"1");
        row["shoe_size"] = 42;
        row["zodiac"] = "leo";
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/score", new { features = new[] { row } }), HttpStatusCode.BadRequest);
        string message = problem.GetProperty("errors").GetProperty("columns")[0].GetString()!;
        Assert.Contains("shoe_size, zodiac", message, StringComparison.Ordinal);
        Assert.Contains(columns.IdColumn, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_required_columns_are_400_per_row()
    {
        using var client = Client();
        var columns = fixture.Catalog.Scorer.ColumnsFor(Scoring.ScoreInputKind.Features);
        var row = new Dictionary<string, object> { [columns.Known.First(c => c != columns.IdColumn)] = 1 };
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/score", new { features = new[] { row } }), HttpStatusCode.BadRequest);
        string message = problem.GetProperty("errors").GetProperty("features[0]")[0].GetString()!;
        Assert.Contains("Missing required column", message, StringComparison.Ordinal);
        Assert.Contains(columns.IdColumn, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"features\": [], \"raw\": []}")]
    [InlineData("{\"features\": []}")]
    [InlineData("{\"features\": [{\"x\": {\"nested\": 1}}]}")]
    public async Task Wrong_shapes_are_400_validation_problems(string body)
    {
        using var client = Client();
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/score", Json(body)), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
    }

    [Fact]
    public async Task Too_many_rows_is_400()
    {
        using var client = Client();
        string rows = string.Join(",", Enumerable.Repeat("{}", 10_001));
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/score", Json("{\"features\":[" + rows + "]}")), HttpStatusCode.BadRequest);
        Assert.Contains("10000", problem.GetProperty("errors").GetProperty("features")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        // A server of its own with a small limit, so the whole body fits in the socket buffers
        // and the client reads the answer instead of a reset connection.
        await using var small = await RunningServer.StartAsync(fixture.Catalog, new CustomerAtlas.Server.Hosting.AtlasServerOptions { MaxRequestBodyBytes = 4096 });
        using var client = small.Client(small.FullKey);
        string padding = new('x', 8192);
        var response = await client.PostAsync("/score", Json("{\"features\":[{\"pad\":\"" + padding + "\"}]}"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("too large", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_media_type_is_415()
    {
        using var client = Client();
        await ProblemAssert.IsProblemAsync(await client.PostAsync("/score", new StringContent("id,x\n1,2", Encoding.UTF8, "text/csv")), HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/segments/999")]
    [InlineData("/segments/not-a-number")]
    [InlineData("/customers/no-such-customer")]
    [InlineData("/no/such/route")]
    public async Task Unknown_things_are_404_problems(string path)
    {
        using var client = Client();
        await ProblemAssert.IsProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    public async Task A_map_limit_out_of_range_is_400(int limit)
    {
        using var client = Client();
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/segments/map?limit={limit}"), HttpStatusCode.BadRequest);
    }
}
