using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Pipeline.Automatic;
using CustomerAtlas.Pipeline.Pushdown;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Pipeline.Running;
using CustomerAtlas.Pipeline.Scoring;
using static CustomerAtlas.Testing.EngineParity;

namespace CustomerAtlas.Pipeline.Tests.Pushdown;

/// <summary>
/// <c>atlas segment</c> on the two-shard cluster (features per shard, k chosen in process, k-means pushed into the
/// cluster) against the same run on DuckDB: the same features, the same k, the same segment of every customer.
/// </summary>
[Collection(ClusterRuns.Collection)]
public sealed class ClusterSegmentParityTests(ClusterRuns runs)
{
    [Fact]
    public void Features_learn_the_same_preprocessing_on_both_engines()
    {
        var duck = runs.OnDuckDb.Model.Preprocessing;
        var ch = runs.OnCluster.Model.Preprocessing;
        Assert.Equal(duck.Transforms.Select(t => (t.Name, t.Log1p, t.Scaling)), ch.Transforms.Select(t => (t.Name, t.Log1p, t.Scaling)));
        Assert.Equal(duck.Dropped.Select(t => t.Name), ch.Dropped.Select(t => t.Name));
        foreach (var (e, a) in duck.Transforms.Zip(ch.Transforms))
        {
            AssertClose(e.Impute, a.Impute, $"{e.Name} median");
            AssertClose(e.Center, a.Center, $"{e.Name} centre");
            AssertClose(e.Scale, a.Scale, $"{e.Name} scale");
        }

        Assert.Equal(runs.OnDuckDb.Quality.RowsUsed, runs.OnCluster.Quality.RowsUsed);
    }

    [Fact]
    public void Every_customer_gets_the_same_segment_with_k_means_pushed_into_the_cluster()
    {
        Assert.Equal("duckdb", runs.OnDuckDb.Model.Engine);
        Assert.Null(runs.OnDuckDb.Model.Pushdown);
        Assert.Equal("clickhouse", runs.OnCluster.Model.Engine);
        var pushdown = runs.OnCluster.Model.Pushdown!;
        Assert.Equal(4372, pushdown.SampleSize);
        Assert.Equal(4372, pushdown.Customers);

        Assert.Equal(runs.OnDuckDb.Model.K, runs.OnCluster.Model.K);
        Assert.Equal(runs.OnDuckDb.Assignments.Select(a => (a.CustomerId, a.SegmentId)), runs.OnCluster.Assignments.Select(a => (a.CustomerId, a.SegmentId)));
        var duckCentroids = ((KMeansModel)runs.OnDuckDb.Model.LoadClusterModel()).Centroids;
        var chCentroids = ((KMeansModel)runs.OnCluster.Model.LoadClusterModel()).Centroids;
        for (var c = 0; c < duckCentroids.Length; c++)
        {
            for (var j = 0; j < duckCentroids[c].Length; j++)
            {
                AssertClose(duckCentroids[c][j], chCentroids[c][j], $"centroid {c} feature {j}");
            }
        }

        Assert.Contains("k-means then ran inside clickhouse over all 4,372 customers", File.ReadAllText(Path.Combine(runs.OnCluster.OutputDirectory, RunFiles.Report)), StringComparison.Ordinal);

        // The cluster's last scan counted each segment as the saved model assigns in process.
        Assert.Equal(runs.OnCluster.Profiles.OrderBy(p => p.Id).Select(p => (long)p.Size), pushdown.EngineCounts);
    }

    [Fact]
    public async Task The_cluster_model_scores_identically_in_process_and_writes_segment_ids_into_the_cluster()
    {
        var model = SegmentModel.Load(Path.Combine(runs.OnCluster.OutputDirectory, RunFiles.Model));
        var inProcess = await new Scorer(model, () => new DuckDbEngine(threads: 1)).ScoreFileAsync(runs.Input);
        Assert.Equal(runs.OnCluster.Assignments.Select(a => (a.CustomerId, a.SegmentId)), inProcess.Select(a => (a.CustomerId, a.SegmentId)));

        var table = $"segments_{Guid.NewGuid():N}"[..21];
        using var target = new ClickHouseCluster(ClickHouseTestCluster.Connection);
        try
        {
            var scored = await new Scorer(model, ClusterRuns.Cluster).ScoreFileAsync(runs.Input,
                (engine, ct) => SegmentTableWriter.WriteAsync((ClickHouseEngine)engine, ClickHouseTestCluster.Connection, model, table, ct));
            var written = new Dictionary<string, int>();
            await foreach (var row in target.Initiator.QueryRowsAsync($"SELECT customer_id, segment_id FROM {ClickHouseCluster.Table(table)}"))
            {
                written.Add(row[0]!, int.Parse(row[1]!, System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.Equal(inProcess.Count, written.Count);
            Assert.All(scored, s => Assert.Equal(s.SegmentId, written[s.CustomerId]));
            Assert.Equal(inProcess.Select(a => a.SegmentId), scored.Select(a => a.SegmentId));
        }
        finally
        {
            await target.DropTableAsync(table);
        }
    }

    [Fact]
    public async Task Automatic_mode_chooses_on_a_recorded_sample_and_pushes_the_k_means_winner_into_the_cluster()
    {
        var request = runs.Request("auto") with
        {
            PushdownSample = 1000,
            Automatic = new AutoSegmentationOptions { Algorithm = "kmeans", K = 4, Budget = TimeSpan.FromSeconds(20), SensitivitySeeds = 1, MaxDegreeOfParallelism = 1 },
        };
        var result = await SegmentPipeline.RunAsync(request, engineFactory: ClusterRuns.Cluster);

        var pushdown = result.Model.Pushdown!;
        Assert.Equal((1000, 4372L), (pushdown.SampleSize, pushdown.Customers));
        Assert.Equal(4372, result.Assignments.Count);
        Assert.Equal(4, result.Model.K);
        Assert.Equal(result.Profiles.OrderBy(p => p.Id).Select(p => (long)p.Size), pushdown.EngineCounts);
        Assert.True(File.Exists(Path.Combine(result.OutputDirectory, RunFiles.Report)));
    }
}
