using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

/// <summary>
/// The neighbour-graph rule: among partitions with the winner's number of segments or up to
/// BoundaryExtraSegments more, the highest neighbour-graph modularity wins when it also cuts fewer edges.
/// </summary>
public class NeighbourGraphRuleTests
{
    private static readonly SelectionOptions Options = new()
    {
        MaxK = 2,
        StabilityCandidates = 2,
        StabilityResamples = 3,
        ConsensusMembers = 0,
    };

    /// <summary>Splits rows by the sign of one coordinate around a cut value, whatever k is asked for.</summary>
    private static AlgorithmSpec Threshold(string name, int column, double cut) =>
        ByRule(name, row => row[column] > cut ? 1 : 0);

    /// <summary>Labels every row by a fixed rule, whatever k is asked for.</summary>
    private static AlgorithmSpec ByRule(string name, Func<double[], int> rule) => new()
    {
        Name = name,
        Create = _ => new RuleClusterer(rule),
    };

    /// <summary>
    /// Labels by <paramref name="rule"/> when fitted on all <paramref name="rows"/> rows, and by a seeded
    /// coin on any other row count (a resample): as unstable as a partition can be.
    /// </summary>
    private static AlgorithmSpec Scrambled(string name, Func<double[], int> rule, int rows) => new()
    {
        Name = name,
        Create = _ => new RuleClusterer(rule, rows),
    };

    /// <summary>Long parallel bands 1.2 apart, rows 0.1 apart along each: elongated, not round.</summary>
    private static (Matrix<double> Data, int[] Bands) Bands(int count = 2)
    {
        var rows = new List<double[]>();
        var bands = new List<int>();
        for (int i = 0; i <= 100; i++)
        {
            for (int b = 0; b < count; b++)
            {
                rows.Add([i * 0.1, b * 1.2]);
                bands.Add(b);
            }
        }

        return (Matrix<double>.FromRows(rows), [.. bands]);
    }

    [Fact]
    public void Picks_the_partition_along_the_density_valley_over_the_rounder_one()
    {
        var (data, bands) = Bands();
        AlgorithmSpec[] algorithms = [SelectionTestData.KMeansSpec, Threshold("bands", column: 1, cut: 0.6)];

        // Silhouette prefers k-means' left and right halves (round-ish, far apart centres)...
        var without = new AutomaticSearch(ValidityHooks.Default, Options with { BoundaryNeighbours = 0 })
            .Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("kmeans", without.Chosen.Algorithm.Name);

        // ...but the halves cut through both bands, while the bands keep every row's neighbours. Only the
        // score's leader is a stability finalist, so the bands get their estimate as the rule's winner.
        var result = new AutomaticSearch(ValidityHooks.Default, Options with { StabilityCandidates = 1 })
            .Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("bands", result.Chosen.Algorithm.Name);
        Assert.Equal(1.0, AdjustedRandIndex.Score(bands, result.Labels), 1e-12);
        // Each band keeps all its edges and half the degrees: 1 − 0.5 · (¼ + ¼).
        Assert.Equal(0.75, result.Leaderboard[0].NeighbourModularity!.Value, 12);
        Assert.True(result.Leaderboard.Single(e => e.Algorithm == "kmeans").NeighbourModularity < 0.75);
        Assert.NotNull(result.Stability);
    }

    [Fact]
    public void A_partition_with_one_more_segment_that_cuts_fewer_neighbour_edges_wins()
    {
        // Three bands; the only two-segment partition offered cuts them into left and right halves.
        var (data, bands) = Bands(3);
        AlgorithmSpec[] algorithms = [Threshold("halves", column: 0, cut: 5.0), ByRule("bands", row => (int)Math.Round(row[1] / 1.2))];
        var options = Options with { MaxK = 3 };

        // By default only partitions with the winner's number of segments challenge it.
        var sameK = new AutomaticSearch(ValidityHooks.Default, options).Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("halves", sameK.Chosen.Algorithm.Name);

        var result = new AutomaticSearch(ValidityHooks.Default, options with { BoundaryExtraSegments = 1 })
            .Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("bands", result.Chosen.Algorithm.Name);
        Assert.Equal(1.0, AdjustedRandIndex.Score(bands, result.Labels), 1e-12);
    }

    [Fact]
    public void Keeps_the_blob_partition_when_it_already_cuts_the_fewest_edges()
    {
        var (data, truth) = SelectionTestData.Blobs(2, 60);
        AlgorithmSpec[] algorithms = [SelectionTestData.KMeansSpec, Threshold("slices", column: 1, cut: 0.0)];
        var result = new AutomaticSearch(ValidityHooks.Default, Options).Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("kmeans", result.Chosen.Algorithm.Name);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, result.Labels), 1e-12);
        Assert.Equal(result.Leaderboard.Max(e => e.NeighbourModularity), result.Leaderboard[0].NeighbourModularity);
    }

    [Fact]
    public void A_challenger_that_resampling_does_not_reproduce_does_not_win()
    {
        // The band partition again, but refitted on a resample it comes out scrambled: it keeps every
        // neighbour edge on the full data and is still no segmentation anyone could rely on.
        var (data, _) = Bands();
        AlgorithmSpec[] algorithms = [SelectionTestData.KMeansSpec, Scrambled("bands", row => row[1] > 0.6 ? 1 : 0, data.Rows)];
        var options = Options with { StabilityCandidates = 1 };

        var result = new AutomaticSearch(ValidityHooks.Default, options).Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("kmeans", result.Chosen.Algorithm.Name);
        var bands = result.Leaderboard.Single(e => e.Algorithm == "bands");
        Assert.True(bands.Stability < 0.2, $"stability {bands.Stability}");
        Assert.True(result.Stability!.MeanAri > 0.9);

        // Without the check, the neighbour links alone would hand it the win.
        var unchecked_ = new AutomaticSearch(ValidityHooks.Default, options with { BoundaryStabilityTolerance = double.PositiveInfinity })
            .Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("bands", unchecked_.Chosen.Algorithm.Name);
    }

    [Fact]
    public void Boundary_options_must_not_be_negative()
    {
        var error = Assert.Throws<ArgumentException>(() => new SelectionOptions
        {
            BoundaryNeighbours = -1, BoundaryResolution = -1, BoundaryExtraSegments = -1, BoundaryStabilityTolerance = -0.1,
        }.Validate());
        Assert.Equal(nameof(SelectionOptions.BoundaryNeighbours), error.ParamName);
        Assert.Contains(nameof(SelectionOptions.BoundaryStabilityTolerance), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SelectionOptions.BoundaryResolution), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SelectionOptions.BoundaryExtraSegments), error.Message, StringComparison.Ordinal);
    }
}
