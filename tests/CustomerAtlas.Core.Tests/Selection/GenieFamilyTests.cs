using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class GenieFamilyTests
{
    [Fact]
    public void A_fit_on_a_sample_finds_each_rows_nearest_fitted_row_once_for_every_cut()
    {
        // The sample holds every third row twice, so rows equal to a sampled point meet a tie (the lower row wins).
        var (data, _) = SelectionTestData.Blobs(3, 40);
        int[] rows = [.. Enumerable.Range(0, data.Rows).Where(i => i % 3 == 0).SelectMany(i => new[] { i, i })];
        var sample = data.SelectRows(rows);
        var model = AlgorithmCatalog.Genie(maxDegreeOfParallelism: 1).Create(new AlgorithmSettings(null, "", 42)).Fit(sample);
        Assert.Null(GenieFamily.NearestFittedRows(model, data));

        int[] labels = model.Predict(data);
        var nearest = GenieFamily.NearestFittedRows(model, data);
        Assert.NotNull(nearest);
        Assert.Equal(new KdTree(sample).KNearestAll(data, 1).Indices, nearest);
        Assert.Null(GenieFamily.NearestFittedRows(model, sample));
        var cuts = GenieFamily.Cuts(model, 2, 5);
        Assert.Equal(cuts[0].Model.Predict(data), labels);
        Assert.All(cuts, cut => Assert.Equal(cut.Model.Predict(data), nearest.Select(r => cut.Model.Labels[r])));
    }

    [Fact]
    public void One_fit_gives_every_threshold_and_k_and_each_cut_refits_identically()
    {
        var (data, truth) = SelectionTestData.Blobs(4, 30);
        var family = AlgorithmCatalog.Genie(maxDegreeOfParallelism: 1);
        var model = family.Create(new AlgorithmSettings(null, "", 42)).Fit(data);
        var cuts = GenieFamily.Cuts(model, 2, 5);
        Assert.Equal(GenieFamily.Thresholds.Count * 4, cuts.Count);
        foreach (var cut in cuts)
        {
            Assert.Equal(cut.K, cut.Model.ClusterCount);
            var refit = family.Create(new AlgorithmSettings(cut.K, cut.Variant, 7)).Fit(data);
            Assert.Equal(cut.Model.Labels, refit.Labels);
        }

        // The four blobs sit 10 apart with spread 0.3: the k = 4 cut has by far the widest gap.
        var atFour = cuts.Where(c => c.K == 4).ToArray();
        Assert.All(atFour, c => Assert.Equal(1.0, AdjustedRandIndex.Score(truth, c.Model.Labels), 1e-12));
        Assert.All(atFour, c => Assert.True(c.GapRatio > 5, $"gap ratio {c.GapRatio}"));
        Assert.All(cuts.Where(c => c.K == 5), c => Assert.True(c.GapRatio < 2, $"gap ratio {c.GapRatio}"));
    }

    [Fact]
    public void Cuts_stop_at_the_point_count_and_reject_foreign_models()
    {
        var (data, _) = SelectionTestData.Blobs(1, 4);
        var model = GenieFamily.Create(new AlgorithmSettings(null, "", 1), 1).Fit(data);
        Assert.Equal(GenieFamily.Thresholds.Count * 3, GenieFamily.Cuts(model, 2, 50).Count);
        var kmeans = SelectionTestData.KMeansSpec.Create(new AlgorithmSettings(2, "", 1)).Fit(data);
        Assert.Equal("model", Assert.Throws<ArgumentException>(() => GenieFamily.Cuts(kmeans, 2, 3)).ParamName);
    }

    [Fact]
    public void Smoothed_trees_name_their_factor_in_every_cut_and_refit_identically()
    {
        var (data, truth) = SelectionTestData.Blobs(3, 40);
        var family = AlgorithmCatalog.Genie(maxDegreeOfParallelism: 1, smoothing: [1, 5]);
        Assert.Equal(["", "M=5"], family.Variants);
        var model = family.Create(new AlgorithmSettings(null, "M=5", 42)).Fit(data);
        var cuts = GenieFamily.Cuts(model, 2, 4);
        Assert.All(cuts, c => Assert.EndsWith(";M=5", c.Variant, StringComparison.Ordinal));
        Assert.All(cuts, c => Assert.Equal(5, GenieFamily.SmoothingOf(c.Variant)));
        foreach (var cut in cuts)
        {
            var refit = family.Create(new AlgorithmSettings(cut.K, cut.Variant, 7)).Fit(data);
            Assert.Equal(cut.Model.Labels, refit.Labels);
        }

        // Mutual reachability keeps the three blobs apart; the few MST leaves left as noise do not count.
        var atThree = cuts.First(c => c.K == 3).Model.Labels.ToArray();
        int[] kept = [.. Enumerable.Range(0, atThree.Length).Where(i => atThree[i] >= 0)];
        Assert.True(kept.Length > atThree.Length / 2);
        Assert.Equal(1.0, AdjustedRandIndex.Score([.. kept.Select(i => truth[i])], [.. kept.Select(i => atThree[i])]), 1e-12);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("gini=0.3", 1)]
    [InlineData("gini=0.3;M=10", 10)]
    [InlineData("M=5", 5)]
    [InlineData("M=0", 1)]
    public void The_smoothing_factor_is_read_from_the_variant(string variant, int expected) =>
        Assert.Equal(expected, GenieFamily.SmoothingOf(variant));
}
