using CustomerAtlas.Core.Clustering.Dbscan;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Tests.Neighbors;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Clustering.Dbscan;

public class DenseNodesTests
{
    [Fact]
    public void MarksATightGroupButNotASpreadOne()
    {
        // Rows 0-3 lie in a box of diagonal 0.2 (within eps = 0.5); rows 4-7 are 3 apart.
        var data = Matrix<double>.FromRows(
            [[0.0, 0.0], [0.1, 0.0], [0.0, 0.1], [0.1, 0.1], [10.0, 0.0], [13.0, 0.0], [16.0, 0.0], [19.0, 0.0]]);
        var tree = new KdTree(data, leafSize: 4);
        var isCore = new bool[data.Rows];
        DenseNodes.MarkCore(tree, eps: 0.5, minSamples: 4, isCore);
        Assert.Equal([true, true, true, true, false, false, false, false], isCore);

        // Five rows are needed and no node of four or more rows is tight enough besides the group of four.
        Array.Clear(isCore);
        DenseNodes.MarkCore(tree, eps: 0.5, minSamples: 5, isCore);
        Assert.All(isCore, Assert.False);
    }

    [Property(MaxTest = 25)]
    public bool MarksOnlyTrueCorePoints(int seed)
    {
        var rng = new Random(seed);
        int d = rng.Next(1, 7);
        var centres = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, d).Select(_ => rng.NextDouble() * 10).ToArray()).ToArray();
        var data = PointSets.Blobs(seed, centres, perBlob: rng.Next(5, 80), sigma: 0.3);
        double eps = 0.2 + rng.NextDouble();
        int minSamples = rng.Next(1, 12);
        var tree = new KdTree(data, leafSize: rng.Next(1, 30));
        var isCore = new bool[data.Rows];
        DenseNodes.MarkCore(tree, eps, minSamples, isCore);
        return Enumerable.Range(0, data.Rows).All(i =>
            !isCore[i] || Enumerable.Range(0, data.Rows).Count(j => PointSets.Distance2(data, i, data, j) <= eps * eps) >= minSamples);
    }

    [Property(MaxTest = 15)]
    public bool TreeSearchInFourToSixDimensionsMatchesBruteForce(int seed)
    {
        var rng = new Random(seed);
        int d = rng.Next(4, 7);
        var centres = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, d).Select(_ => rng.NextDouble() * 6).ToArray()).ToArray();
        var data = PointSets.Blobs(seed, centres, perBlob: rng.Next(10, 70), sigma: 0.4, new[] { 0.0, 0.0, 0.0, 20.0, 0.0, 0.0 }[..d]);
        double eps = 0.3 + rng.NextDouble();
        int minSamples = rng.Next(1, 10);
        var model = new DbscanClusterer(new DbscanOptions { Eps = eps, MinSamples = minSamples }).Fit(data);
        return model.Labels.SequenceEqual(DbscanTests.BruteForce(data, eps, minSamples));
    }
}
