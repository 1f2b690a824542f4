using System.Text.Json;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Pipeline.Automatic;
using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Pipeline.Tests.Automatic;

public class AutoSegmenterTests
{
    // A generous time limit: the planned budget decides what runs, the wall clock never does on a busy CI machine.
    private static readonly AutoSegmentationOptions Quick = new() { Budget = TimeSpan.FromSeconds(8), TimeLimit = TimeSpan.FromMinutes(5), MaxK = 6, MaxDegreeOfParallelism = 1 };

    // Three customer groups; "Churn" is a perfect copy of group 0 membership and sits among the features.
    private static AutoSegmentationInput Customers()
    {
        var rng = new Random(9);
        var rows = new List<double[]>();
        var churn = new List<double>();
        var gender = new List<string?>();
        for (int i = 0; i < 240; i++)
        {
            int g = i % 3;
            double recency = (g == 0 ? 300 : 20) + (rng.NextDouble() * 30);
            double orders = (g == 1 ? 25 : 3) + rng.Next(3);
            double spend = (g == 1 ? 3000 : 200) + (rng.NextDouble() * 100);
            double isChurned = g == 0 ? 1 : 0;
            rows.Add([recency, orders, spend, isChurned]);
            churn.Add(isChurned);
            gender.Add(i % 2 == 0 ? "F" : "M");
        }

        return new AutoSegmentationInput(
            Enumerable.Range(0, 240).Select(i => $"c{i}").ToArray(),
            Matrix<double>.FromRows(rows),
            ["recency_days", "orders", "spend", "Churn"],
            new Dictionary<string, double[]> { ["Churn"] = churn.ToArray() },
            new Dictionary<string, string?[]> { ["gender"] = gender.ToArray() });
    }

    // Both scalings of the pipeline's preprocessor, fitted on the features that are not outcomes.
    private static IReadOnlyList<PreparedData> Prepare(AutoSegmentationInput input)
    {
        var (features, names, _) = FeatureGuard.WithoutOutcomeColumns(input);
        var raw = names.Select((n, j) => new RawFeature(n, Enumerable.Range(0, features.Rows).Select(i => features[i, j]).ToArray(), false)).ToArray();
        var columns = raw.ToDictionary(f => f.Name, f => f.Values);
        return new[] { ScalingMethod.Robust, ScalingMethod.Standard }
            .Select(m => new PreparedData(m.ToString(), PreprocessorFitter.Fit(raw, new PreprocessingOptions { Scaling = m }).Apply(columns, features.Rows)))
            .ToArray();
    }

    private static AutoSegmentationResult Run(AutoSegmentationOptions options, AutoSegmentationInput input) =>
        new AutoSegmenter(options).Run(input, Prepare(input));

    [Fact]
    public void Outcome_columns_are_never_clustering_features()
    {
        var result = Run(Quick, Customers());
        Assert.Equal(["recency_days", "orders", "spend"], result.FeatureNames);
        Assert.Equal(["Churn"], result.ExcludedColumns);
        Assert.Equal(3, result.Explanation.Segments.Count);
        var churn = Assert.Single(result.Explanation.Outcomes);
        Assert.True(churn.Report.PValue < 1e-10);
        Assert.Single(result.Explanation.Fairness);
        Assert.Equal(["Robust", "Standard"], result.Preparations);
    }

    [Fact]
    public void Algorithm_and_k_can_be_forced()
    {
        var result = Run(Quick with { Algorithm = "kmeans", K = 4 }, Customers());
        Assert.All(result.Selection.Leaderboard, e => Assert.Equal(("kmeans", 4), (e.Algorithm, e.RequestedK!.Value)));
        Assert.Equal(4, result.Explanation.Segments.Count);
        Assert.NotEmpty(result.Sensitivity);
    }

    [Fact]
    public void The_consensus_competes_in_the_search_but_not_when_an_algorithm_is_forced()
    {
        var searched = Run(Quick, Customers());
        Assert.Contains(searched.Selection.Leaderboard, e => e.Algorithm == ConsensusClusterer.Name && e.Score is not null);

        var forced = Run(Quick with { Algorithm = "kmeans" }, Customers());
        Assert.All(forced.Selection.Leaderboard, e => Assert.Equal("kmeans", e.Algorithm));
    }

    [Fact]
    public void Bad_options_name_the_cli_option()
    {
        var ex = Assert.Throws<ArgumentException>(() => Run(Quick with { MaxK = 1, Algorithm = "nope" }, Customers()));
        Assert.Equal("max-k", ex.ParamName);
        Assert.Contains("algorithm", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Artifacts_are_written_and_readable()
    {
        var input = Customers();
        var result = Run(Quick, input);
        using var temp = new TempDirectory("atlas-auto-");
        string directory = temp.PathOf("run");
        var written = AutoArtifacts.Write(directory, result);
        Assert.Equal(3, written.Count);
        Assert.DoesNotContain(Directory.GetFiles(directory), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        using var explanations = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, AutoArtifacts.ExplanationsJson)));
        var root = explanations.RootElement;
        Assert.Equal(3, root.GetProperty("segments").GetArrayLength());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("segments")[0].GetProperty("narrative").GetString()));
        Assert.True(root.GetProperty("validation").GetProperty("discriminantValidity").GetProperty("accuracy").GetDouble() > 0.9);
        using var leaderboard = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, AutoArtifacts.LeaderboardJson)));
        Assert.Equal(result.Selection.Leaderboard.Count, leaderboard.RootElement.GetArrayLength());
        Assert.Equal("scored", leaderboard.RootElement[0].GetProperty("status").GetString());
        var csv = File.ReadAllLines(Path.Combine(directory, AutoArtifacts.LeaderboardCsv));
        Assert.StartsWith("rank,candidate,", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",gap_ratio,neighbour_modularity,neighbour_cut_ratio,valley_ratio,reason", csv[0], StringComparison.Ordinal);
        Assert.Equal(result.Selection.Leaderboard.Count + 1, csv.Length);
    }

    [Theory]
    [InlineData(new[] { "Yes", "No", "yes", null }, new[] { 1.0, 0, 1, double.NaN })]
    [InlineData(new[] { "0", "1", "2.5" }, new[] { 0.0, 1, 2.5 })]
    [InlineData(new[] { "gold", "basic", "basic" }, new[] { 1.0, 0, 0 })]
    public void Outcome_text_becomes_numbers(string?[] text, double[] expected) =>
        Assert.Equal(expected, OutcomeValues.Parse("x", text));

    [Fact]
    public void Derived_columns_of_outcomes_are_banned_too()
    {
        Assert.True(FeatureGuard.IsBanned("gender=Male", ["gender"]));
        Assert.True(FeatureGuard.IsBanned("Churn (missing)", ["churn"]));
        Assert.False(FeatureGuard.IsBanned("genders_seen", ["gender"]));
    }

    [Fact]
    public void Many_valued_text_outcomes_are_rejected() =>
        Assert.Contains("'Plan'", Assert.Throws<ArgumentException>(() => OutcomeValues.Parse("Plan", ["a", "b", "c"])).Message, StringComparison.Ordinal);
}
