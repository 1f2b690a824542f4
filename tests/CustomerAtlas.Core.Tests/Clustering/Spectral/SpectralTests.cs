using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Clustering.Spectral;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Tests.Support;

namespace CustomerAtlas.Core.Tests.Clustering.Spectral;

public class SpectralTests
{
    /// <summary>Two noisy concentric rings of radius 1 and 4.</summary>
    private static (Matrix<double> Data, int[] Truth) Rings(int perRing, int seed)
    {
        var random = new Random(seed);
        var data = new Matrix<double>(2 * perRing, 2);
        var truth = new int[2 * perRing];
        for (int i = 0; i < 2 * perRing; i++)
        {
            int ring = i / perRing;
            double radius = (ring == 0 ? 1 : 4) + (0.1 * ToyData.Gaussian(random));
            double angle = 2 * Math.PI * random.NextDouble();
            data[i, 0] = radius * Math.Cos(angle);
            data[i, 1] = radius * Math.Sin(angle);
            truth[i] = ring;
        }

        return (data, truth);
    }

    [Theory]
    [InlineData(AffinityKind.Connectivity)]
    [InlineData(AffinityKind.Gaussian)]
    public void SeparatesConcentricRingsWhereKMeansFails(AffinityKind affinity)
    {
        var (data, truth) = Rings(150, 1);
        var spectral = new SpectralClusterer(new() { ClusterCount = 2, Affinity = affinity }).Fit(data);
        Assert.True(ToyData.SamePartition(truth, spectral.Labels));
        Assert.Equal(1, spectral.Eigenvalues[0], 6);

        var kmeans = new KMeans(new KMeansOptions { K = 2 }).Fit(data);
        Assert.False(ToyData.SamePartition(truth, kmeans.Labels));
    }

    [Fact]
    public void PredictsByNearestTrainingRowAndSurvivesSaveLoad()
    {
        var (data, _) = Rings(80, 2);
        var model = new SpectralClusterer(new() { ClusterCount = 2 }).Fit(data);
        Assert.Equal(model.Labels, model.Predict(data));
        var outer = model.Labels[80];
        var inner = model.Labels[0];
        var fresh = Matrix<double>.FromRows([[0.0, 4.1], [-0.9, 0.0], [3.9, 0.2]]);
        Assert.Equal([outer, inner, outer], model.Predict(fresh));

        var loaded = ToyData.RoundTrip(model);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Eigenvalues, loaded.Eigenvalues);
        Assert.Equal(model.Predict(fresh), loaded.Predict(fresh));
    }

    [Fact]
    public void SameSeedSameAnswerOnOneAndManyThreads()
    {
        // More rows than one matrix-vector block, so the parallel path runs.
        var (data, _) = ToyData.Blobs([[0, 0], [6, 0], [0, 6]], 900, 1.0, 3);
        var one = new SpectralClusterer(new() { ClusterCount = 3, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new SpectralClusterer(new() { ClusterCount = 3, MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.Eigenvalues, many.Eigenvalues);
    }

    [Fact]
    public void BadParametersAreNamed()
    {
        var (data, _) = Rings(5, 1);
        Assert.Equal("ClusterCount", Assert.Throws<ArgumentException>(() => new SpectralClusterer(new() { ClusterCount = 0 }).Fit(data)).ParamName);
        Assert.Equal("ClusterCount", Assert.Throws<ArgumentException>(() => new SpectralClusterer(new() { ClusterCount = 11 }).Fit(data)).ParamName);
        Assert.Equal("Neighbors", Assert.Throws<ArgumentException>(() => new SpectralClusterer(new() { Neighbors = 1 }).Fit(data)).ParamName);
        Assert.Equal("KMeansRestarts", Assert.Throws<ArgumentException>(() => new SpectralClusterer(new() { KMeansRestarts = 0 }).Fit(data)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new SpectralClusterer().Fit(new Matrix<double>(0, 2))).ParamName);
    }
}
