using CustomerAtlas.Core.Clustering.Dbscan;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Tests.Neighbors;
using CustomerAtlas.Core.Tests.Support;

namespace CustomerAtlas.Core.Tests.Clustering.Dbscan;

public class DbscanTests
{
    // eps = 1, minSamples = 3 (self included):
    // 1 and 2 are core ({0,1,2}, {1,2,3}); 0 and 3 are border points of their cluster;
    // 10, 10.5, 11 are all core (11 is exactly eps from 10); 4.5 and 20 are noise.
    private static readonly Matrix<double> Line =
        Matrix<double>.FromRows([[0.0], [1.0], [2.0], [3.0], [4.5], [10.0], [10.5], [11.0], [20.0]]);

    [Fact]
    public void CoreBorderAndNoiseOnALine()
    {
        var model = new DbscanClusterer(new DbscanOptions { Eps = 1.0, MinSamples = 3 }).Fit(Line);
        Assert.Equal([0, 0, 0, 0, -1, 1, 1, 1, -1], model.Labels);
        Assert.Equal([1, 2, 5, 6, 7], model.CoreSampleIndices);
        Assert.Equal(2, model.ClusterCount);
    }

    [Fact]
    public void PredictUsesTheNearestCorePointWithinEps()
    {
        var model = new DbscanClusterer(new DbscanOptions { Eps = 1.0, MinSamples = 3 }).Fit(Line);
        Assert.Equal(model.Labels, model.Predict(Line));
        Assert.Equal([0, -1, 1, -1], model.Predict(Matrix<double>.FromRows([[1.5], [7.0], [10.2], [-1.5]])));
    }

    [Fact]
    public void MinSamplesOfOneMakesEveryPointCore()
    {
        var model = new DbscanClusterer(new DbscanOptions { Eps = 0.6, MinSamples = 1 }).Fit(Line);
        Assert.Equal([0, 1, 2, 3, 4, 5, 5, 5, 6], model.Labels);
    }

    [Fact]
    public void AllNoiseWhenNoPointIsCore()
    {
        var model = new DbscanClusterer(new DbscanOptions { Eps = 0.1, MinSamples = 2 }).Fit(Line);
        Assert.All(model.Labels, l => Assert.Equal(-1, l));
        Assert.Equal(0, model.ClusterCount);
        Assert.All(model.Predict(Line), l => Assert.Equal(-1, l));
    }

    [Fact]
    public void SavedModelPredictsIdentically()
    {
        var data = PointSets.Blobs(5, [[0, 0], [6, 6]], 80, 0.7, [20, 20]);
        var model = new DbscanClusterer(new DbscanOptions { Eps = 0.8, MinSamples = 4 }).Fit(data);
        var loaded = ToyData.RoundTrip(model);
        var probe = PointSets.Uniform(9, 200, 2);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Predict(probe), loaded.Predict(probe));
        Assert.Equal(model.Labels, loaded.Predict(data));
    }

    [Fact]
    public void ResultDoesNotDependOnThreadCount()
    {
        var data = PointSets.Blobs(11, [[0, 0, 0], [10, 10, 10], [20, 0, 10]], 1500, 1.0);
        var one = new DbscanClusterer(new DbscanOptions { Eps = 0.7, MinSamples = 6, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new DbscanClusterer(new DbscanOptions { Eps = 0.7, MinSamples = 6 }).Fit(data);
        Assert.Equal(one.Labels, many.Labels);
        Assert.True(one.ClusterCount >= 3);
    }

    [Theory]
    [InlineData(0.0, 5, "Eps")]
    [InlineData(-1.0, 5, "Eps")]
    [InlineData(double.NaN, 5, "Eps")]
    [InlineData(double.PositiveInfinity, 5, "Eps")]
    [InlineData(0.5, 0, "MinSamples")]
    public void BadParametersAreNamed(double eps, int minSamples, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => new DbscanClusterer(new DbscanOptions { Eps = eps, MinSamples = minSamples }).Fit(Line));
        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void NonFiniteDataIsNamed()
    {
        var bad = Matrix<double>.FromRows([[0.0], [double.NaN]]);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new DbscanClusterer().Fit(bad)).ParamName);
    }
}
