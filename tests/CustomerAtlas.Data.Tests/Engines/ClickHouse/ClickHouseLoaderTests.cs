using System.Text;
using CustomerAtlas.Data.Engines.ClickHouse;

namespace CustomerAtlas.Data.Tests.Engines.ClickHouse;

public sealed class ClickHouseLoaderTests
{
    private static string EventsCsv(int rows)
    {
        var sb = new StringBuilder("customer_id,ts,amount\n");
        for (var i = 0; i < rows; i++)
        {
            sb.Append(i % 97).Append(",2011-0").Append(1 + (i % 9)).Append("-1").Append(i % 10).Append(" 10:00:00,")
              .Append((i % 13) * 1.25).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool, too late to cancel mid-load).</summary>
    private sealed class CancelAfter(long rows, CancellationTokenSource cts) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            if (value.RowsSent >= rows) cts.Cancel();
        }
    }

    [Fact]
    public async Task Load_shards_by_customer_verifies_count_and_is_idempotent()
    {
        using var cluster = new ClickHouseCluster(ClickHouseTestCluster.Connection);
        var table = ClickHouseTestServer.UniqueTable("ev");
        using var temp = new TempDirectory("atlas-ch-");
        var path = temp.WriteText("events.csv", EventsCsv(5000));
        try
        {
            var options = new EventLoadOptions { Table = table, CustomerColumn = "customer_id", BatchRows = 1500 };
            var first = await ClickHouseEventLoader.LoadAsync(cluster, path, options);
            Assert.False(first.AlreadyLoaded);
            Assert.Equal(5000, first.Rows);

            var second = await ClickHouseEventLoader.LoadAsync(cluster, path, options);
            Assert.True(second.AlreadyLoaded);
            Assert.Equal(5000, await cluster.Initiator.QueryInt64Async($"SELECT count() FROM {ClickHouseCluster.Table(table)}"));

            // Both shards hold rows, and no customer is split across shards (per-shard distinct ids add up).
            long total = 0, customersPerShard = 0;
            foreach (var server in cluster.Servers)
            {
                var onShard = await server.QueryInt64Async($"SELECT count() FROM {cluster.LocalTable(table)}");
                Assert.True(onShard > 0, "every shard should receive rows");
                total += onShard;
                customersPerShard += await server.QueryInt64Async($"SELECT uniqExact(customer_id) FROM {cluster.LocalTable(table)}");
            }
            Assert.Equal(5000, total);
            Assert.Equal(97, customersPerShard);
            // Source row numbers survive the load: 1..5000 exactly once.
            Assert.Equal("5000\t1\t5000", (await cluster.Initiator.QueryTextAsync(
                $"SELECT uniqExact(_row), min(_row), max(_row) FROM {ClickHouseCluster.Table(table)} FORMAT TSV")).Trim());
        }
        finally
        {
            await ClickHouseEventLoader.DropAsync(cluster, table);
        }
    }

    [Fact]
    public async Task Interrupted_load_rerun_ends_with_exact_source_count()
    {
        using var cluster = new ClickHouseCluster(ClickHouseTestCluster.Connection);
        var table = ClickHouseTestServer.UniqueTable("ev");
        using var temp = new TempDirectory("atlas-ch-");
        var path = temp.WriteText("events.csv", EventsCsv(20_000));
        try
        {
            var options = new EventLoadOptions { Table = table, CustomerColumn = "customer_id", BatchRows = 2000 };
            using (var cts = new CancellationTokenSource())
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                    ClickHouseEventLoader.LoadAsync(cluster, path, options, new CancelAfter(7000, cts), cts.Token));
            }
            var partial = await cluster.Initiator.QueryInt64Async($"SELECT count() FROM {ClickHouseCluster.Table(table)}");
            Assert.InRange(partial, 1, 19_999);

            var rerun = await ClickHouseEventLoader.LoadAsync(cluster, path, options);
            Assert.False(rerun.AlreadyLoaded);
            Assert.Equal(20_000, await cluster.Initiator.QueryInt64Async($"SELECT count() FROM {ClickHouseCluster.Table(table)}"));
        }
        finally
        {
            await ClickHouseEventLoader.DropAsync(cluster, table);
        }
    }

    [Fact]
    public async Task Hostile_column_and_file_names_load_as_plain_names()
    {
        using var cluster = new ClickHouseCluster(ClickHouseTestCluster.Connection);
        var table = ClickHouseTestServer.UniqueTable("ev");
        const string column = "amt`; DROP TABLE x; --'\"";
        using var temp = new TempDirectory("atlas-ch-");
        var path = temp.PathOf("o'brien`s; DROP.csv");
        await File.WriteAllTextAsync(path, $"id,\"{column.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n1,2.5\n2,3.5\n");
        try
        {
            var result = await ClickHouseEventLoader.LoadAsync(cluster, path, new EventLoadOptions { Table = table, CustomerColumn = "id" });
            Assert.Equal(2, result.Rows);
            Assert.Equal("6", await cluster.Initiator.QueryScalarAsync(
                $"SELECT sum({ClickHouseSql.Identifier(column)}) FROM {ClickHouseCluster.Table(table)}"));
            Assert.Equal("o'brien`s; DROP.csv", await cluster.Initiator.QueryScalarAsync(
                $"SELECT source FROM {ClickHouseSql.Identifier(table + "_loads")}"));
        }
        finally
        {
            await ClickHouseEventLoader.DropAsync(cluster, table);
        }
    }

    [Fact]
    public async Task Unknown_customer_column_is_named()
    {
        using var cluster = new ClickHouseCluster(ClickHouseTestCluster.Connection);
        using var temp = new TempDirectory("atlas-ch-");
        var path = temp.WriteText("events.csv", "a,b\n1,2\n");
        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            ClickHouseEventLoader.LoadAsync(cluster, path, new EventLoadOptions { CustomerColumn = "cust", Table = "never_created" }));
        Assert.Contains("'cust'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("CustomerColumn", ex.ParamName);
    }
}
