using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

/// <summary>The neighbour-graph rule: among partitions with the winner's number of segments, the highest neighbour-graph modularity wins.</summary>
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
    private static AlgorithmSpec Threshold(string name, int column, double cut) => new()
    {
        Name = name,
        Create = _ => new ThresholdClusterer(column, cut),
    };

    /// <summary>Two long parallel bands 1.2 apart, rows 0.1 apart along each: elongated, not round.</summary>
    private static (Matrix<double> Data, int[] Bands) TwoBands()
    {
        var rows = new List<double[]>();
        var bands = new List<int>();
        for (int i = 0; i <= 100; i++)
        {
            rows.Add([i * 0.1, 0]);
            rows.Add([i * 0.1, 1.2]);
            bands.Add(0);
            bands.Add(1);
        }

        return (Matrix<double>.FromRows(rows), [.. bands]);
    }

    [Fact]
    public void Picks_the_partition_along_the_density_valley_over_the_rounder_one()
    {
        var (data, bands) = TwoBands();
        AlgorithmSpec[] algorithms = [SelectionTestData.KMeansSpec, Threshold("bands", column: 1, cut: 0.6)];

        // Silhouette prefers k-means' left and right halves (round-ish, far apart centres)...
        var without = new AutomaticSearch(ValidityHooks.Default, Options with { BoundaryNeighbours = 0 })
            .Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("kmeans", without.Chosen.Algorithm.Name);

        // ...but the halves cut through both bands, while the bands keep every row's neighbours.
        var result = new AutomaticSearch(ValidityHooks.Default, Options).Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("bands", result.Chosen.Algorithm.Name);
        Assert.Equal(1.0, AdjustedRandIndex.Score(bands, result.Labels), 1e-12);
        // Each band keeps all its edges and half the degrees: 1 − 0.5 · (¼ + ¼).
        Assert.Equal(0.75, result.Leaderboard[0].NeighbourModularity!.Value, 12);
        Assert.True(result.Leaderboard.Single(e => e.Algorithm == "kmeans").NeighbourModularity < 0.75);
        Assert.NotNull(result.Stability);
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
    public void Boundary_options_must_not_be_negative()
    {
        var error = Assert.Throws<ArgumentException>(() => new SelectionOptions { BoundaryNeighbours = -1, BoundaryResolution = -1, BoundaryExtraSegments = -1 }.Validate());
        Assert.Equal(nameof(SelectionOptions.BoundaryNeighbours), error.ParamName);
        Assert.Contains(nameof(SelectionOptions.BoundaryResolution), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SelectionOptions.BoundaryExtraSegments), error.Message, StringComparison.Ordinal);
    }

    private sealed class ThresholdClusterer(int column, double cut) : IClusterer
    {
        public IClusterModel Fit(Matrix<double> data, CancellationToken cancellationToken = default) =>
            new ThresholdModel(column, cut, data.Cols, Label(data));

        private int[] Label(Matrix<double> data) =>
            [.. Enumerable.Range(0, data.Rows).Select(i => data.Row(i)[column] > cut ? 1 : 0)];

        private sealed class ThresholdModel(int column, double cut, int features, int[] labels) : IClusterModel
        {
            public string Algorithm => "threshold";

            public int ClusterCount => 2;

            public int FeatureCount => features;

            public IReadOnlyList<int> Labels => labels;

            public int[] Predict(Matrix<double> data) => new ThresholdClusterer(column, cut).Label(data);
        }
    }
}
