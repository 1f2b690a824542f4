using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class GenieFamilyTests
{
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
}
