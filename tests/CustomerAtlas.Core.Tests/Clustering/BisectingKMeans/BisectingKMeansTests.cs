using CustomerAtlas.Core.Clustering.BisectingKMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Serialization;

namespace CustomerAtlas.Core.Tests.Clustering;

public class BisectingKMeansTests
{
    [Fact]
    public void ThreeGroups_HandComputed()
    {
        // Groups around 0, 10 and 100: the first split must isolate 100 (largest gap); the second splits 0 | 10.
        var data = Matrix<double>.FromRows([[0.0], [1.0], [10.0], [11.0], [100.0], [101.0]]);
        var model = new BisectingKMeans(new BisectingKMeansOptions { K = 3 }).Fit(data);
        Assert.Equal(3, model.ClusterCount);
        Assert.Equal(model.Labels[0], model.Labels[1]);
        Assert.Equal(model.Labels[2], model.Labels[3]);
        Assert.Equal(model.Labels[4], model.Labels[5]);
        Assert.Equal(3, model.Labels.Distinct().Count());
        Assert.Equal(1.5, model.Inertia, 12); // three pairs, each 2 × 0.5²
        Assert.Equal([100.5], model.Centroids[model.Labels[4]]);
        Assert.Equal(5, model.Nodes.Length); // root, two children, two grandchildren
    }

    [Fact]
    public void Predict_ReproducesLabels_AndSurvivesSaveLoad()
    {
        var data = KMeansTestData.Blobs(1500, 3, 6, 31).ToSingle();
        var model = new BisectingKMeans(new BisectingKMeansOptions { K = 6 }).Fit(data);
        Assert.Equal(model.Labels, model.Predict(data));
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;
        var loaded = Assert.IsType<BisectingKMeansModel>(ModelFile.Load(stream));
        Assert.Equal(model.Labels, loaded.Predict(data));
        Assert.Equal(model.Inertia, loaded.Inertia);
    }

    [Fact]
    public void ThreadCount_DoesNotMatter()
    {
        var data = KMeansTestData.Blobs(6000, 2, 4, 32);
        var one = new BisectingKMeans(new BisectingKMeansOptions { K = 5, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new BisectingKMeans(new BisectingKMeansOptions { K = 5, MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.Inertia, many.Inertia);
    }

    [Fact]
    public void BadParameters_NameTheParameter()
    {
        var data = Matrix<double>.FromRows([[0.0], [1.0]]);
        Assert.Equal("K", Assert.Throws<ArgumentException>(() => new BisectingKMeans(new BisectingKMeansOptions { K = 0 }).Fit(data)).ParamName);
        Assert.Equal("K", Assert.Throws<ArgumentException>(() => new BisectingKMeans(new BisectingKMeansOptions { K = 3 }).Fit(data)).ParamName);
    }
}
