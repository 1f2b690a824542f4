using CustomerAtlas.Core.Clustering.Dbscan;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Tests.Neighbors;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Clustering.Dbscan;

/// <summary>The parallel components pass over core points against a flood fill over all pairs.</summary>
public class CoreComponentsTests
{
    [Fact]
    public void ChainsAndIsolatedPointsOnALine()
    {
        // eps = 1: 0-1-2 chain (2 is exactly eps from 1), 5 alone, 7 and 7.5 together; the rows are listed out of order.
        var data = Matrix<double>.FromRows([[7.5], [0.0], [5.0], [2.0], [1.0], [7.0]]);
        var (labels, count) = CoreComponents.Find(new KdTree(data, leafSize: 1), 1.0, 1, default);
        Assert.Equal([0, 1, 2, 1, 1, 0], labels);
        Assert.Equal(3, count);
    }

    [Property(MaxTest = 30)]
    public bool MatchesAFloodFillWithTiesAndDuplicates(int seed)
    {
        var rng = new Random(seed);
        int d = rng.Next(1, 7);
        // Integer coordinates: many exact duplicates and many pairs at exactly eps when eps is an integer.
        var data = PointSets.Uniform(seed, rng.Next(1, 300), d, grid: seed % 3 != 0);
        double eps = seed % 2 == 0 ? rng.Next(1, 4) : 0.5 + (rng.NextDouble() * 3);
        var tree = new KdTree(data, leafSize: rng.Next(1, 30));
        var (labels, count) = CoreComponents.Find(tree, eps, 1 + (Math.Abs(seed) % 4), default);
        var (expected, expectedCount) = FloodFill(data, eps);
        return count == expectedCount && labels.SequenceEqual(expected);
    }

    [Property(MaxTest = 15)]
    public bool BlobsWithDenseAndSparseRegionsMatchAFloodFill(int seed)
    {
        // Tight blobs make whole subtrees dense units; the scattered rows make sparse leaves between them.
        var rng = new Random(seed);
        int d = rng.Next(2, 6);
        var centres = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, d).Select(_ => rng.NextDouble() * 8).ToArray()).ToArray();
        var blobs = PointSets.Blobs(seed, centres, perBlob: rng.Next(20, 120), sigma: 0.2 + (rng.NextDouble() * 0.5));
        var scattered = PointSets.Uniform(seed + 1, rng.Next(0, 80), d);
        var data = Matrix<double>.FromRows(Enumerable.Range(0, blobs.Rows).Select(i => blobs.RowReadOnly(i).ToArray())
            .Concat(Enumerable.Range(0, scattered.Rows).Select(i => scattered.RowReadOnly(i).ToArray())).ToArray());
        double eps = 0.3 + rng.NextDouble();
        var (labels, count) = CoreComponents.Find(new KdTree(data, leafSize: rng.Next(4, 40)), eps, -1, default);
        var (expected, expectedCount) = FloodFill(data, eps);
        return count == expectedCount && labels.SequenceEqual(expected);
    }

    [Fact]
    public void SameLabelsOnOneAndManyThreads()
    {
        var centres = new[] { new[] { 0.0, 0, 0, 0 }, [3.0, 3, 0, 0], [0.0, 6, 6, 0], [9.0, 0, 0, 9] };
        var data = PointSets.Blobs(17, centres, perBlob: 3000, sigma: 0.8);
        var tree = new KdTree(data);
        var one = CoreComponents.Find(tree, 0.35, 1, default);
        Assert.True(one.Count > 4);
        for (int threads = 2; threads <= 8; threads *= 2)
        {
            var many = CoreComponents.Find(tree, 0.35, threads, default);
            Assert.Equal(one.Count, many.Count);
            Assert.Equal(one.Labels, many.Labels);
        }
    }

    [Fact]
    public void CancellationIsHonoured()
    {
        var data = PointSets.Uniform(3, 5000, 4);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => CoreComponents.Find(new KdTree(data), 0.5, 2, cancelled.Token));
    }

    /// <summary>
    /// Components of the eps graph: textbook DBSCAN with min_samples 1 makes every point core, so its
    /// flood fill (numbered by smallest row) is exactly the component labelling.
    /// </summary>
    private static (int[] Labels, int Count) FloodFill(Matrix<double> data, double eps)
    {
        var labels = DbscanTests.BruteForce(data, eps, minSamples: 1);
        return (labels, labels.Length == 0 ? 0 : labels.Max() + 1);
    }
}
