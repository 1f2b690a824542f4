using System.Text.Json.Nodes;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Serialization;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Cli.Tests.Commands;

/// <summary>
/// <c>atlas segment|score --engine clickhouse</c> on the two-shard cluster of scripts/services/clickhouse-start.sh:
/// k-means pushed into the cluster is recorded in model.json, and scoring writes segment ids back as a table — for
/// any model whose assignment is SQL (here also a Gaussian mixture); other models are refused before any work.
/// </summary>
public sealed class ClusterSegmentAndScoreTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Segment_pushes_k_means_into_the_cluster_and_score_writes_the_segments_table()
    {
        _ = ClickHouseTestCluster.Connection;
        string input = _cli.File("t.csv", CliRunner.Transactions(60));
        var (code, _, error) = await _cli.RunAsync("segment", input, "--manual", "--k", "3", "--engine", "clickhouse", "--out", _cli.OutDir, "--quiet");
        Assert.True(code == ExitCodes.Ok, error);
        var model = JsonNode.Parse(File.ReadAllText(Path.Combine(_cli.OutDir, "model.json")))!;
        Assert.Equal("clickhouse", (string?)model["engine"]);
        Assert.Equal(60, (long?)model["pushdown"]?["customers"]);

        var scored = await ScoreIntoNewTableAsync(Path.Combine(_cli.OutDir, "model.json"), input, "cli_segments");
        Assert.Equal(File.ReadAllLines(Path.Combine(_cli.OutDir, "segments.csv")), scored);
    }

    [Fact]
    public async Task A_reserved_segments_table_name_is_refused_before_any_work()
    {
        _ = ClickHouseTestCluster.Connection;
        string input = _cli.File("t.csv", CliRunner.Transactions(30));
        var (code, _, error) = await _cli.RunAsync("segment", input, "--manual", "--k", "2", "--out", _cli.OutDir, "--quiet");
        Assert.True(code == ExitCodes.Ok, error);
        (code, _, error) = await _cli.RunAsync("score", Path.Combine(_cli.OutDir, "model.json"), input, "--out", Path.Combine(_cli.Folder, "s.csv"),
            "--engine", "clickhouse", "--segments-table", "x_local");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--segments-table", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_writes_a_Gaussian_mixture_segments_table_equal_to_scored_csv()
    {
        _ = ClickHouseTestCluster.Connection;
        string input = _cli.File("t.csv", CliRunner.Transactions(60));
        var (code, _, error) = await _cli.RunAsync("segment", input, "--manual", "--k", "3", "--out", _cli.OutDir, "--quiet");
        Assert.True(code == ExitCodes.Ok, error);
        string model = ReplaceClusterModel(rows => new GaussianMixtureClusterer(new GaussianMixtureOptions { ComponentCount = 3, Seed = 5 }).Fit(rows));

        var scored = await ScoreIntoNewTableAsync(model, input, "cli_gmm");
        Assert.True(scored.Skip(1).Select(l => l.Split(',')[1]).Distinct().Count() > 1, "the mixture put every customer in one segment");
    }

    [Fact]
    public async Task A_model_without_a_SQL_assignment_is_refused_before_any_work()
    {
        _ = ClickHouseTestCluster.Connection;
        string input = _cli.File("t.csv", CliRunner.Transactions(30));
        var (code, _, error) = await _cli.RunAsync("segment", input, "--manual", "--k", "2", "--out", _cli.OutDir, "--quiet");
        Assert.True(code == ExitCodes.Ok, error);
        string model = ReplaceClusterModel(rows => new GenieClusterer(new GenieOptions { ClusterCount = 2 }).Fit(rows));
        string scored = Path.Combine(_cli.Folder, "s.csv");
        (code, _, error) = await _cli.RunAsync("score", model, input, "--out", scored, "--engine", "clickhouse", "--segments-table", "never_written");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--segments-table", error, StringComparison.Ordinal);
        Assert.Contains("genie", error, StringComparison.Ordinal);
        Assert.False(File.Exists(scored));
    }

    /// <summary>
    /// <c>atlas score MODEL INPUT --engine clickhouse --segments-table T</c> into a fresh table T (dropped after), checking
    /// that T holds exactly scored.csv's (customer_id, segment_id) pairs; returns scored.csv's lines.
    /// </summary>
    private async Task<string[]> ScoreIntoNewTableAsync(string model, string input, string prefix)
    {
        string table = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];
        string scored = Path.Combine(_cli.Folder, "scored.csv");
        var (code, output, error) = await _cli.RunAsync("score", model, input, "--out", scored, "--engine", "clickhouse", "--segments-table", table);
        using var cluster = new ClickHouseCluster(ClickHouseTestCluster.Connection);
        try
        {
            Assert.True(code == ExitCodes.Ok, error);
            Assert.Contains(table, output, StringComparison.Ordinal);
            var lines = File.ReadAllLines(scored);
            var expected = lines.Skip(1).Select(l => l.Split(',')).Select(f => $"{f[0]}\t{f[1]}").Order(StringComparer.Ordinal);
            var rows = await cluster.Initiator.QueryTextAsync($"SELECT customer_id, segment_id FROM {ClickHouseCluster.Table(table)} FORMAT TabSeparated");
            Assert.Equal(expected, rows.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
            return lines;
        }
        finally
        {
            await cluster.DropTableAsync(table);
        }
    }

    /// <summary>
    /// The run's model.json with its clustering model replaced by one fitted on 200 seeded standard-normal rows of the
    /// model space's width (model-space features are centred and scaled, so such a model splits real customers too).
    /// </summary>
    private string ReplaceClusterModel(Func<Matrix<double>, IClusterModel> fit)
    {
        var model = SegmentModel.Load(Path.Combine(_cli.OutDir, "model.json"));
        var random = new Random(11);
        var rows = new Matrix<double>(200, model.Preprocessing.Transforms.Count);
        for (var i = 0; i < rows.Values.Length; i++)
        {
            rows.Values[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }

        string path = Path.Combine(_cli.Folder, "replaced-model.json");
        using var stream = File.Create(path);
        (model with { ClusterModel = ModelFile.ToJson(fit(rows)) }).Save(stream);
        return path;
    }
}
