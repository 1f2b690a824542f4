using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Tests.Clustering;

namespace CustomerAtlas.Core.Tests.Metrics;

public class BootstrapStabilityTests
{
    private static readonly StabilityOptions Options = new() { Resamples = 6, Seed = 3 };

    private static Func<Matrix<double>, Core.Clustering.IClusterModel> Gmm(int k) =>
        x => new GaussianMixtureClusterer(new() { ComponentCount = k, CovarianceType = CovarianceType.Spherical }).Fit(x);

    [Fact]
    public void ClearBlobsAreStable()
    {
        var (data, _) = Blobs.Three(seed: 1, perCluster: 40);
        var result = BootstrapStability.Evaluate(data, Gmm(3), Options);
        Assert.Equal(1.0, result.MeanPairwiseAri, 12);
        Assert.All(result.ResampleAriToReference, a => Assert.Equal(1.0, a, 12));
        Assert.Equal(3, result.ClusterJaccard.Count);
        Assert.All(result.ClusterJaccard, j => Assert.Equal(1.0, j, 12));
    }

    [Fact]
    public void SplittingStructurelessDataIsLessStable()
    {
        var random = new Random(2);
        var data = new Matrix<double>(120, 2, [.. Enumerable.Range(0, 240).Select(_ => random.NextDouble())]);
        var result = BootstrapStability.Evaluate(data, Gmm(6), Options);
        Assert.True(result.MeanPairwiseAri < 0.95, $"mean ARI {result.MeanPairwiseAri}");
        Assert.True(result.ClusterJaccard.Min() < 0.95);
    }

    [Fact]
    public void SameSeedSameResult()
    {
        var (data, _) = Blobs.Make(5, [[0, 0], [2, 0]], 30, 1.0);
        var a = BootstrapStability.Evaluate(data, Gmm(2), Options);
        var b = BootstrapStability.Evaluate(data, Gmm(2), Options);
        Assert.Equal(a.MeanPairwiseAri, b.MeanPairwiseAri);
        Assert.Equal(a.ClusterJaccard, b.ClusterJaccard);
    }

    [Fact]
    public void BadOptionsAreNamed()
    {
        var (data, _) = Blobs.Three(seed: 1, perCluster: 5);
        var ex = Assert.Throws<ArgumentException>(() =>
            BootstrapStability.Evaluate(data, Gmm(3), new StabilityOptions { Resamples = 1, SampleFraction = 1.5 }));
        Assert.Equal("Resamples", ex.ParamName);
        Assert.Contains("SampleFraction", ex.Message);
    }
}
