using System.Net;
using CustomerAtlas.Server.Tests.Hosting;

namespace CustomerAtlas.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class RateLimitTests(ServerFixture fixture)
{
    [Fact]
    public async Task A_key_past_its_limit_gets_429_with_retry_after_while_other_keys_go_on()
    {
        var server = fixture.Server;
        using var limited = server.Client(server.LimitedKey);
        for (int i = 0; i < RunningServer.LimitedKeyPermits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await limited.GetAsync("/models")).StatusCode);
        }

        var rejected = await limited.GetAsync("/models");
        var problem = await ProblemAssert.IsProblemAsync(rejected, HttpStatusCode.TooManyRequests);
        Assert.Contains("Retry after", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(rejected.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 must say when to retry.");

        // The limit is per key: another key is not affected.
        using var other = server.Client(server.ReadKey);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/models")).StatusCode);
    }
}
