using CustomerAtlas.Core.Clustering.Dbscan;
using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Tests.Neighbors;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Clustering.Dbscan;

/// <summary>The bottom-up neighbour counts of the k-d tree search against counts over all pairs.</summary>
public class CorePointsTests
{
    [Property(MaxTest = 30)]
    public bool FlagsMatchBruteForceCounts(int seed)
    {
        var rng = new Random(seed);
        int d = rng.Next(1, 7);
        // Integer coordinates (most seeds) give duplicates and pairs at exactly eps.
        var data = PointSets.Uniform(seed, rng.Next(1, 400), d, grid: seed % 3 != 0);
        double eps = seed % 2 == 0 ? rng.Next(1, 4) : 0.3 + (rng.NextDouble() * 3);
        int minSamples = rng.Next(1, 15);
        var flags = CorePoints.Mark(new KdTree(data, leafSize: rng.Next(1, 30)), eps, minSamples, 1 + (Math.Abs(seed) % 3), default);
        return Enumerable.Range(0, data.Rows).All(i =>
            flags[i] == (Enumerable.Range(0, data.Rows).Count(j => PointSets.Distance2(data, i, data, j) <= eps * eps) >= minSamples));
    }

    [Fact]
    public void SameFlagsOnOneAndManyThreads()
    {
        var centres = new[] { new[] { 0.0, 0, 0, 0, 0 }, [4.0, 0, 4, 0, 0], [0.0, 4, 0, 4, 4] };
        var data = PointSets.Blobs(23, centres, perBlob: 4000, sigma: 1.0);
        var tree = new KdTree(data);
        var one = CorePoints.Mark(tree, 0.9, 10, 1, default);
        Assert.Contains(true, one);
        Assert.Contains(false, one);
        Assert.Equal(one, CorePoints.Mark(tree, 0.9, 10, 4, default));
    }
}
