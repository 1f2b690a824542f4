using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Features;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Data.Tests.Engines.ClickHouse;

/// <summary>
/// The product's own ingestion and customer-feature SQL (<see cref="CustomerDataLoader"/>: profiling, schema
/// inference, quality remediation, log features) run once on DuckDB and once on the two-shard cluster over
/// the online-retail log: same plan, same customers, same features to 1e-9 (plus one rounding step at ties of the loader's rounding).
/// </summary>
public sealed class SlicePipelineParityTests
{
    [Fact]
    public async Task Online_retail_customer_features_match_duckdb()
    {
        var source = new DataSource { Path = SharedData.File("online-retail", "online_retail.csv.gz") };
        await using var duck = new DuckDbEngine(threads: 1);
        var expected = await CustomerDataLoader.FitAsync(duck, source, new SchemaOverrides());

        var connection = ClickHouseTestCluster.Connection.WithDatabase(ClickHouseTestServer.UniqueTable("atlas"));
        await using var ch = new ClickHouseEngine(connection);
        try
        {
            var actual = await CustomerDataLoader.FitAsync(ch, source, new SchemaOverrides());
            Assert.Equal(expected.Plan.Features.Select(f => f.Name), actual.Plan.Features.Select(f => f.Name));
            Assert.Equal(expected.CustomerIds, actual.CustomerIds);
            Assert.Equal(expected.Quality.RowsUsed, actual.Quality.RowsUsed);
            // The loader rounds features to FeatureDecimals; sums that agree to 1e-9 can still round apart by one
            // unit when they sit on a rounding tie (x.xxxxxx5), so one rounding step is allowed on top of 1e-9.
            var roundingStep = Math.Pow(10, -CustomerDataLoader.FeatureDecimals);
            for (var f = 0; f < expected.Features.Count; f++)
            {
                var e = expected.Features[f];
                var a = actual.Features[f];
                for (var i = 0; i < e.Length; i++)
                {
                    Assert.Equal(e.Nulls[i], a.Nulls[i]);
                    var scale = Math.Max(1.0, Math.Max(Math.Abs(e.Values[i]), Math.Abs(a.Values[i])));
                    Assert.True(Math.Abs(e.Values[i] - a.Values[i]) <= 1e-9 * scale + roundingStep * (1 + 1e-9),
                        $"{e.Name} of customer {expected.CustomerIds[i]}: DuckDB {e.Values[i]:R} vs ClickHouse {a.Values[i]:R}");
                }
            }

            await AssertPlacedByCustomerAsync(ch.Cluster);
        }
        finally
        {
            await ch.Cluster.DropDatabaseAsync();
        }
    }

    /// <summary>
    /// Every intermediate table of the pipeline is a Distributed table over per-shard parts, each shard holds rows,
    /// and no customer is split between shards (so per-customer SQL ran shard by shard, not on one server).
    /// </summary>
    private static async Task AssertPlacedByCustomerAsync(ClickHouseCluster cluster)
    {
        Assert.Equal(2, cluster.Servers.Count);
        foreach (var table in new[] { LogFeatureSql.LinesTable, LogFeatureSql.CleanTable, LogFeatureSql.OrdersTable, CustomerDataLoader.FeaturesTable })
        {
            var engine = await cluster.Initiator.QueryScalarAsync(
                $"SELECT engine FROM system.tables WHERE database = currentDatabase() AND name = {ClickHouseSql.String(table)}");
            Assert.Equal("Distributed", engine);
            long perShard = 0;
            foreach (var server in cluster.Servers)
            {
                var customers = await server.QueryInt64Async($"SELECT uniqExact(id) FROM {cluster.LocalTable(table)}");
                Assert.True(customers > 0, $"{table}: a shard holds no rows");
                perShard += customers;
            }

            Assert.Equal(await cluster.Initiator.QueryInt64Async($"SELECT uniqExact(id) FROM {ClickHouseCluster.Table(table)}"), perShard);
        }
    }
}
