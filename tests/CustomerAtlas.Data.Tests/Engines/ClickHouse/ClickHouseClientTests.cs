using System.Net;
using CustomerAtlas.Data.Engines.ClickHouse;

namespace CustomerAtlas.Data.Tests.Engines.ClickHouse;

public sealed class ClickHouseClientTests
{
    [Fact]
    public async Task Server_errors_carry_code_and_message()
    {
        using var client = new ClickHouseClient(ClickHouseTestCluster.Connection);
        var unknown = await Assert.ThrowsAsync<ClickHouseException>(() => client.QueryTextAsync("SELECT * FROM no_such_table_xyz"));
        Assert.Equal(ClickHouseException.Codes.UnknownTable, unknown.ServerCode);
        Assert.Contains("no_such_table_xyz", unknown.ServerMessage, StringComparison.Ordinal);
        var syntax = await Assert.ThrowsAsync<ClickHouseException>(() => client.QueryTextAsync("SELEC 1"));
        Assert.Equal(ClickHouseException.Codes.SyntaxError, syntax.ServerCode);
        Assert.Equal(HttpStatusCode.BadRequest, syntax.Status);
    }

    [Fact]
    public async Task Error_after_rows_started_is_not_reported_as_success()
    {
        using var client = new ClickHouseClient(ClickHouseTestCluster.Connection);
        // throwIf fails only on a late row, after earlier blocks could already have been streamed.
        var ex = await Assert.ThrowsAsync<ClickHouseException>(async () =>
        {
            await foreach (var _ in client.QueryRowsAsync("SELECT number, throwIf(number = 900000) FROM system.numbers LIMIT 1000000",
                               new Dictionary<string, string> { ["max_block_size"] = "1000" }))
            {
            }
        });
        Assert.NotEqual(0, ex.ServerCode);
    }

    [Fact]
    public async Task Wrong_password_is_an_authentication_error_that_does_not_print_the_password()
    {
        var good = ClickHouseTestCluster.Connection;
        const string secret = "not-the-password-4711";
        var bad = new ClickHouseConnection(good.Url, good.Cluster, good.User, secret);
        using var client = new ClickHouseClient(bad);
        var ex = await Assert.ThrowsAsync<ClickHouseException>(() => client.QueryTextAsync("SELECT 1"));
        Assert.Contains(ex.ServerCode, ClickHouseException.Codes.Authentication);
        Assert.DoesNotContain(secret, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, bad.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_in_the_url_are_refused() =>
        Assert.Throws<ArgumentException>(() => new ClickHouseConnection(new Uri("http://u:p@127.0.0.1:1/")));

    [Fact]
    public async Task Topology_check_rejects_a_cluster_missing_a_shard_url()
    {
        var good = ClickHouseTestCluster.Connection;
        using var cluster = new ClickHouseCluster(new ClickHouseConnection(good.Url, good.Cluster, good.User, good.Password, [good.Url]));
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => cluster.VerifyTopologyAsync());
        Assert.Contains("shard", ex.Message, StringComparison.Ordinal);
    }
}
