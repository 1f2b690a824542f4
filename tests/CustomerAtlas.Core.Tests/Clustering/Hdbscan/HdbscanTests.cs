using CustomerAtlas.Core.Clustering.Hdbscan;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Tests.Neighbors;
using CustomerAtlas.Core.Tests.Support;

namespace CustomerAtlas.Core.Tests.Clustering.Hdbscan;

public class HdbscanTests
{
    private static readonly double[][] FarPoints = [[5, -20], [-20, 5], [30, 30], [-15, -15], [25, -10]];

    private static Matrix<double> TwoBlobsAndNoise() => PointSets.Blobs(3, [[0, 0], [10, 10]], 60, 0.4, FarPoints);

    [Fact]
    public void HandComputedCondensedTreeOfTwoPairs()
    {
        // MinSamples = 1 makes mutual reachability plain distance: pairs {0,1} and {2,3} join at 1,
        // the pairs at 4. The root splits at λ = 1/4 into two clusters of two; each point leaves at λ = 1.
        var data = Matrix<double>.FromRows([[0.0], [1.0], [5.0], [6.0]]);
        var model = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 2, MinSamples = 1 }).Fit(data);
        var tree = model.CondensedTree;
        Assert.Equal([4, 4, 5, 5, 6, 6], tree.Parent);
        Assert.Equal([5, 6, 0, 1, 2, 3], tree.Child);
        Assert.Equal([0.25, 0.25, 1, 1, 1, 1], tree.Lambda);
        Assert.Equal([2, 2, 1, 1, 1, 1], tree.ChildSize);
        Assert.Equal([5, 6], model.SelectedClusters);
        Assert.Equal([0, 0, 1, 1], model.Labels);
        Assert.Equal([1.0, 1, 1, 1], model.Probabilities);
        Assert.Equal([0.0, 0, 0, 0], model.OutlierScores);
    }

    [Fact]
    public void TwoBlobsAreFoundAndFarPointsAreNoise()
    {
        var data = TwoBlobsAndNoise();
        var model = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 10 }).Fit(data);
        Assert.Equal(2, model.ClusterCount);
        Assert.Single(model.Labels.Take(60).Distinct());
        Assert.Single(model.Labels.Skip(60).Take(60).Distinct());
        Assert.NotEqual(model.Labels[0], model.Labels[60]);
        Assert.All(model.Labels.Skip(120), l => Assert.Equal(-1, l));
        Assert.All(model.Probabilities.Skip(120), p => Assert.Equal(0.0, p));
        Assert.All(model.Probabilities, p => Assert.InRange(p, 0.0, 1.0));
        Assert.All(model.OutlierScores, s => Assert.InRange(s, 0.0, 1.0));
        double typicalBlobScore = model.OutlierScores.Take(120).Order().ElementAt(60);
        Assert.All(model.OutlierScores.Skip(120), s => Assert.True(s > typicalBlobScore));
    }

    [Fact]
    public void PredictReproducesTrainingLabelsAndPlacesNewPoints()
    {
        var data = TwoBlobsAndNoise();
        var model = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 10 }).Fit(data);
        Assert.Equal(model.Labels, model.Predict(data));
        var (labels, probabilities) = model.PredictWithProbabilities(Matrix<double>.FromRows([[0.1, -0.1], [9.9, 10.2], [-40, 40]]));
        Assert.Equal([model.Labels[0], model.Labels[60], -1], labels);
        Assert.True(probabilities[0] > 0 && probabilities[2] == 0);
    }

    [Fact]
    public void SavedModelPredictsIdentically()
    {
        var data = TwoBlobsAndNoise();
        var model = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 8, MinSamples = 4 }).Fit(data);
        var loaded = ToyData.RoundTrip(model);
        var probe = PointSets.Uniform(4, 100, 2);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.OutlierScores, loaded.OutlierScores);
        Assert.Equal(model.Predict(probe), loaded.Predict(probe));
    }

    [Fact]
    public void SingleBlobNeedsAllowSingleCluster()
    {
        var data = PointSets.Blobs(8, [[0, 0]], 100, 1.0);
        var single = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 15, AllowSingleCluster = true }).Fit(data);
        var split = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 15 }).Fit(data);
        Assert.Equal(1, single.ClusterCount);
        Assert.NotEqual(1, split.ClusterCount);
        Assert.Equal(single.Labels, single.Predict(data));
    }

    [Fact]
    public void LeafSelectionFindsNestedClustersThatExcessOfMassMerges()
    {
        // Two tight sub-blobs close together, far from a third blob: the leaves separate all three.
        var data = PointSets.Blobs(2, [[0, 0], [1.5, 0], [30, 30]], 40, 0.2);
        var leaf = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 10, ClusterSelection = ClusterSelectionMethod.Leaf }).Fit(data);
        var eom = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 10 }).Fit(data);
        Assert.Equal(3, leaf.ClusterCount);
        Assert.True(eom.ClusterCount <= leaf.ClusterCount);
    }

    [Fact]
    public void ResultDoesNotDependOnThreadCount()
    {
        var data = PointSets.Blobs(6, [[0, 0], [5, 5], [0, 8]], 800, 1.0);
        var one = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 20, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 20 }).Fit(data);
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.OutlierScores, many.OutlierScores);
    }

    [Theory]
    [InlineData(1, null, "MinClusterSize")]
    [InlineData(5, 0, "MinSamples")]
    [InlineData(5, 1000, "MinSamples")]
    public void BadParametersAreNamed(int minClusterSize, int? minSamples, string parameter)
    {
        var options = new HdbscanOptions { MinClusterSize = minClusterSize, MinSamples = minSamples };
        var ex = Assert.Throws<ArgumentException>(() => new HdbscanClusterer(options).Fit(TwoBlobsAndNoise()));
        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void NonFiniteDataIsNamed()
    {
        var bad = Matrix<double>.FromRows([[0.0], [double.PositiveInfinity]]);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new HdbscanClusterer().Fit(bad)).ParamName);
    }
}
