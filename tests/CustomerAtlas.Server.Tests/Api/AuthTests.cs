using System.Net;
using System.Net.Http.Json;
using CustomerAtlas.Server.Tests.Hosting;

namespace CustomerAtlas.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class AuthTests(ServerFixture fixture)
{
    private RunningServer Server => fixture.Server;

    [Theory]
    [InlineData("/segments")]
    [InlineData("/segments/0")]
    [InlineData("/models")]
    [InlineData("/quality")]
    public async Task No_key_is_401_problem(string path)
    {
        using var client = Server.Client(null);
        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync(path), HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_key_is_401_problem()
    {
        using var client = Server.Client("atlas_not-a-real-key");
        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/segments"), HttpStatusCode.Unauthorized);
        Assert.Contains("known API key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_without_the_score_scope_cannot_score()
    {
        using var client = Server.Client(Server.ReadKey);
        var response = await client.PostAsJsonAsync("/score", new { features = new[] { new { x = 1 } } });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Key_without_the_read_scope_cannot_read()
    {
        using var client = Server.Client(Server.ScoreKey);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/segments"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/customers/{fixture.Catalog.Run.Customers[0].CustomerId}"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Health_and_docs_need_no_key()
    {
        using var client = Server.Client(null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard/")).StatusCode);
    }
}
