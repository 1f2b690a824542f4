using System.Globalization;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Pushdown;
using static CustomerAtlas.Testing.EngineParity;

namespace CustomerAtlas.Data.Tests.Engines.ClickHouse;

/// <summary>
/// The online-retail log through both engines: the same dialect-built customer features (computed per shard
/// on the two-shard cluster, in process on DuckDB) and the same pushed-down k-means from the same start.
/// </summary>
public sealed class EngineParityTests
{
    private static readonly string[] Features = ["lines", "invoices", "monetary", "last_epoch", "median_price"];

    /// <summary>Per-customer features over an event relation, spelled by the dialect.</summary>
    private static string FeatureQuery(ISqlDialect d, string relation)
    {
        string Q(string c) => d.QuoteIdentifier(c);
        return $"SELECT {Q("CustomerID")} AS id, count(*) AS lines, {d.CountDistinct(Q("InvoiceNo"))} AS invoices, " +
               $"sum({Q("Quantity")} * {Q("UnitPrice")}) AS monetary, {d.EpochSeconds($"max({Q("InvoiceDate")})")} AS last_epoch, " +
               $"{d.Median(Q("UnitPrice"))} AS median_price, {d.StdDevSample(Q("Quantity"))} AS sd_quantity " +
               $"FROM {relation} WHERE {Q("CustomerID")} IS NOT NULL GROUP BY {Q("CustomerID")}";
    }

    [Fact]
    public async Task Online_retail_features_and_kmeans_match_duckdb()
    {
        var path = SharedData.File("online-retail", "online_retail.csv.gz");
        await using var duck = new DuckDbEngine(threads: 1);
        await duck.RegisterSourceAsync("retail", new DataSource { Path = path });
        await duck.ExecuteAsync($"CREATE TABLE feat AS {FeatureQuery(duck.Dialect, "retail")}");
        var expected = await duck.ReadTableAsync("SELECT * FROM feat ORDER BY id");

        await using var ch = new ClickHouseEngine(ClickHouseTestCluster.Connection);
        var events = ClickHouseTestServer.UniqueTable("retail");
        var feat = ClickHouseTestServer.UniqueTable("feat");
        try
        {
            var load = await ClickHouseEventLoader.LoadAsync(ch.Cluster, path, new EventLoadOptions { Table = events, CustomerColumn = "CustomerID" });
            Assert.Equal(541_909, load.Rows);
            await ShardLocalTable.CreateAsync(ch.Cluster, feat, "id", local => FeatureQuery(ch.Dialect, local(events)));
            var actual = await ch.ReadTableAsync($"SELECT * FROM {ClickHouseCluster.Table(feat)} ORDER BY id");

            Assert.Equal(4372, expected.RowCount);
            Assert.Equal(expected.RowCount, actual.RowCount);
            foreach (var column in expected.Columns)
            {
                var e = (NumberColumn)column;
                var a = (NumberColumn)actual[column.Name];
                for (var i = 0; i < e.Length; i++)
                {
                    Assert.Equal(e.Nulls[i], a.Nulls[i]);
                    if (!e.Nulls[i]) AssertClose(e.Values[i], a.Values[i], $"{column.Name} row {i}");
                }
            }

            // Same start (the first K customers in id order), same pushed-down iterations, same assignments.
            var start = Enumerable.Range(0, 6).Select(i => Features.Select(f => ((NumberColumn)expected[f]).Values[i * 500]).ToArray()).ToArray();
            var options = new PushdownKMeansOptions { K = 6, MaxIterations = 15, Tolerance = 0 };
            var onDuck = await PushdownKMeans.FitAsync(duck, "feat", "id", Features, options, start);
            var onCh = await PushdownKMeans.FitAsync(ch, ClickHouseCluster.Table(feat), "id", Features, options, start);
            Assert.Equal(onDuck.Counts, onCh.Counts);
            Assert.Equal(onDuck.Iterations, onCh.Iterations);
            for (var c = 0; c < options.K; c++)
                for (var j = 0; j < Features.Length; j++)
                    AssertClose(onDuck.Centroids[c][j], onCh.Centroids[c][j], $"centroid {c} feature {j}");

            // Scoring: segment ids written back into the cluster equal DuckDB's assignment of every customer.
            var segments = ClickHouseTestServer.UniqueTable("seg");
            await ShardLocalTable.WriteSegmentsAsync(ch.Cluster, feat, "id", Features, onDuck.Centroids, segments);
            var quoted = Features.Select(duck.Dialect.QuoteIdentifier).ToArray();
            var duckSegments = await duck.ReadTableAsync(
                $"SELECT id, {KMeansSql.Assignment(duck.Dialect, quoted, onDuck.Centroids)} AS segment FROM feat ORDER BY id");
            var chSegments = await ch.ReadTableAsync($"SELECT id, segment FROM {ClickHouseCluster.Table(segments)} ORDER BY id");
            Assert.Equal(((NumberColumn)duckSegments["id"]).Values, ((NumberColumn)chSegments["id"]).Values);
            Assert.Equal(((NumberColumn)duckSegments["segment"]).Values, ((NumberColumn)chSegments["segment"]).Values);
            await ch.Cluster.DropTableAsync(segments);
        }
        finally
        {
            await ch.Cluster.DropTableAsync(feat);
            await ClickHouseEventLoader.DropAsync(ch.Cluster, events);
        }
    }

    [Fact]
    public async Task Sampled_start_records_the_sample_and_keeps_empty_clusters()
    {
        await using var duck = new DuckDbEngine(threads: 1);
        using var temp = new TempDirectory("atlas-ch-");
        var path = temp.WriteText("points.csv", "id,x\n" + string.Join("\n", Enumerable.Range(0, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i},{(i < 20 ? 0.0 : 10.0) + i * 0.01}"))) + "\n");
        await duck.RegisterSourceAsync("pts", new DataSource { Path = path });
        var fit = await PushdownKMeans.FitAsync(duck, "pts", "id", ["x"], new PushdownKMeansOptions { K = 2, SampleSize = 25, Seed = 7 });
        Assert.Equal(25, fit.SampleSize);
        Assert.Equal([20L, 20L], fit.Counts.Order().ToArray());
        Assert.True(fit.Converged);

        // A centroid far from every row receives nothing and stays where it was.
        var (next, counts) = await PushdownKMeans.StepAsync(duck, "pts", ["x"], [[0.1], [1e6]]);
        Assert.Equal([40L, 0L], counts);
        Assert.Equal(1e6, next[1][0]);
    }
}
