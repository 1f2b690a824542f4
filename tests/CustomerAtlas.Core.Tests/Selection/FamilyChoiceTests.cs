using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class FamilyChoiceTests
{
    private static readonly SelectionOptions Fast = new()
    {
        MaxK = 6,
        StabilityCandidates = 2,
        StabilityResamples = 2,
        Seed = 3,
    };

    /// <summary>Two concentric rings (radii 1 and 4, 150 points each): not convex, so centroid indices misjudge them.</summary>
    private static (Matrix<double> Data, int[] Labels) Rings()
    {
        var rng = new Random(5);
        var rows = new List<double[]>();
        var labels = new List<int>();
        foreach (var (radius, count, label) in new[] { (1.0, 150, 0), (4.0, 150, 1) })
        {
            for (int i = 0; i < count; i++)
            {
                double angle = 2 * Math.PI * i / count;
                double r = radius + ((rng.NextDouble() - 0.5) * 0.05);
                rows.Add([r * Math.Cos(angle), r * Math.Sin(angle)]);
                labels.Add(label);
            }
        }

        return (Matrix<double>.FromRows(rows), labels.ToArray());
    }

    [Fact]
    public void A_cut_with_a_clear_gap_outranks_the_silhouette()
    {
        var (data, truth) = Rings();
        var algorithms = new[] { SelectionTestData.KMeansSpec, AlgorithmCatalog.Genie(maxDegreeOfParallelism: 1) };
        var result = new AutomaticSearch(ValidityHooks.Default, Fast).Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("genie", result.Chosen.Algorithm.Name);
        Assert.Equal(2, result.Chosen.K);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, result.Labels), 1e-12);
        var chosen = result.Leaderboard[0];
        Assert.True(chosen.GapRatio >= Fast.ClearGapRatio);

        // The gap counts because every Gini threshold shows it at k = 2.
        Assert.Equal(
            GenieFamily.Thresholds.Count,
            result.Leaderboard.Count(e => e.Algorithm == "genie" && e.RequestedK == 2 && e.GapRatio >= Fast.ClearGapRatio));

        // Silhouette alone prefers a k-means split of the rings.
        var bySilhouette = result.Leaderboard.Where(e => e.Silhouette is not null).MaxBy(e => e.Silhouette!.Value)!;
        Assert.Equal("kmeans", bySilhouette.Algorithm);

        // With the rule (and the neighbour-graph rule) off, the best score wins whatever its gap.
        var off = new AutomaticSearch(ValidityHooks.Default, Fast with { ClearGapRatio = double.PositiveInfinity, BoundaryNeighbours = 0 })
            .Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal(off.Leaderboard.Where(e => e.Status == CandidateStatus.Scored).Max(e => e.Score), off.Leaderboard[0].Score);
    }

    [Fact]
    public void Mixtures_keep_only_their_lowest_bic_k()
    {
        var (data, truth) = SelectionTestData.Blobs(4, 40);
        var result = new AutomaticSearch(ValidityHooks.Default, Fast)
            .Run([new PreparedData("raw", data)], data, [AlgorithmCatalog.GaussianMixture(maxDegreeOfParallelism: 1)]);
        var mixtures = result.Leaderboard.Where(e => e.Algorithm == "gmm").ToArray();
        var kept = Assert.Single(mixtures, e => e.Status is CandidateStatus.Scored or CandidateStatus.Screened);
        Assert.Equal(4, kept.K);
        Assert.Equal(mixtures.Where(e => e.Bic is not null).Min(e => e.Bic), kept.Bic);
        Assert.All(mixtures.Where(e => e != kept && e.Status == CandidateStatus.Outranked), e => Assert.Contains("BIC", e.Reason, StringComparison.Ordinal));
        Assert.Contains(mixtures, e => e.Status == CandidateStatus.Outranked);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, result.Labels), 1e-9);
    }

    [Fact]
    public void Density_settings_are_chosen_by_dbcv_when_the_hook_is_given()
    {
        var (data, _) = SelectionTestData.Blobs(4, 40);
        var hdbscan = AlgorithmCatalog.Hdbscan(data.Rows, maxDegreeOfParallelism: 1);
        var result = new AutomaticSearch(ValidityHooks.Default, Fast).Run([new PreparedData("raw", data)], data, [hdbscan]);
        var feasible = result.Leaderboard.Where(e => e.Status is CandidateStatus.Scored or CandidateStatus.Screened).ToArray();
        Assert.Single(feasible);
        var withoutHook = new AutomaticSearch(ValidityHooks.Default with { DensityValidity = null }, Fast)
            .Run([new PreparedData("raw", data)], data, [hdbscan]);
        Assert.DoesNotContain(withoutHook.Leaderboard, e => e.Status == CandidateStatus.Outranked);
    }
}
