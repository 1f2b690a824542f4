using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Neighbors;

public class KdTreeTests
{
    [Property(MaxTest = 25)]
    public bool KNearestMatchesBruteForceWithIndexTieBreaking(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, 300);
        int d = rng.Next(1, 5);
        int k = rng.Next(1, 12);
        var data = PointSets.Uniform(seed, n, d, grid: seed % 2 == 0);
        var queries = PointSets.Uniform(seed + 1, 20, d, grid: seed % 2 == 0);
        var tree = new KdTree(data, leafSize: 1 + (Math.Abs(seed) % 8));
        var index = new int[k];
        var dist = new double[k];
        for (int q = 0; q < queries.Rows; q++)
        {
            tree.KNearest(queries.RowReadOnly(q), index, dist);
            var expected = Enumerable.Range(0, n)
                .Select(i => (D: PointSets.Distance2(queries, q, data, i), I: i))
                .OrderBy(t => t.D).ThenBy(t => t.I).Take(k).ToArray();
            for (int j = 0; j < k; j++)
            {
                bool ok = j < expected.Length
                    ? index[j] == expected[j].I && dist[j] == expected[j].D
                    : index[j] == -1 && double.IsPositiveInfinity(dist[j]);
                if (!ok)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 25)]
    public bool RadiusQueriesMatchBruteForce(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, 400);
        int d = rng.Next(1, 4);
        double radius = rng.NextDouble() * 4;
        var data = PointSets.Uniform(seed, n, d, grid: seed % 3 == 0);
        var tree = new KdTree(data, leafSize: 4);
        var found = new List<int>();
        for (int q = 0; q < 15; q++)
        {
            int row = rng.Next(n);
            var expected = Enumerable.Range(0, n).Where(i => PointSets.Distance2(data, row, data, i) <= radius * radius).ToArray();
            found.Clear();
            tree.Within(data.RowReadOnly(row), radius, found);
            if (!found.Order().SequenceEqual(expected) || tree.CountWithin(data.RowReadOnly(row), radius) != expected.Length)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 25)]
    public bool LimitedCountsAreTheFullCountCappedAtTheLimit(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, 300);
        var data = PointSets.Uniform(seed, n, rng.Next(1, 7), grid: seed % 2 == 0);
        var tree = new KdTree(data, leafSize: rng.Next(1, 30));
        double radius = rng.NextDouble() * 6;
        int limit = rng.Next(1, 40);
        return Enumerable.Range(0, Math.Min(n, 20)).All(row =>
            tree.CountWithin(data.RowReadOnly(row), radius, limit) == Math.Min(limit, tree.CountWithin(data.RowReadOnly(row), radius)));
    }

    [Fact]
    public void SquaredDistanceRangeToTheRootBox()
    {
        // The root box is [0, 2] x [0, 4]; from (3, 1) the nearest box point is (2, 1), the farthest (0, 4).
        var tree = new KdTree(Matrix<double>.FromRows([[0.0, 0.0], [2.0, 4.0], [1.0, 1.0]]));
        Assert.Equal((1.0, 18.0), tree.SquaredDistanceRange(0, [3.0, 1.0]));
        Assert.Equal((0.0, 10.0), tree.SquaredDistanceRange(0, [1.0, 1.0]));
    }

    [Fact]
    public void HandPlacedPointsOnALine()
    {
        var data = Matrix<double>.FromRows([[0.0], [1.0], [3.0], [1.0], [7.0]]);
        var tree = new KdTree(data, leafSize: 1);
        var index = new int[3];
        var dist = new double[3];
        tree.KNearest([1.5], index, dist);

        // Rows 1 and 3 are both at 0.5 (the smaller index first), then row 0 and row 2 tie at 1.5.
        Assert.Equal([1, 3, 0], index);
        Assert.Equal([0.25, 0.25, 2.25], dist);
        Assert.Equal(4, tree.CountWithin([1.0], 2.0));
        Assert.Equal(2, tree.CountWithin([1.0], 2.0, limit: 2));
    }

    [Fact]
    public void BatchQueriesDoNotDependOnThreadCount()
    {
        var data = PointSets.Uniform(7, 3000, 3);
        var tree = new KdTree(data);
        var one = tree.KNearestAll(data, 6, maxDegreeOfParallelism: 1);
        var many = tree.KNearestAll(data, 6, maxDegreeOfParallelism: -1);
        Assert.Equal(one.Indices, many.Indices);
        Assert.Equal(one.SquaredDistances, many.SquaredDistances);
    }

    [Fact]
    public void QueriesOfTheWrongWidthAreRejected()
    {
        var tree = new KdTree(PointSets.Uniform(1, 10, 2));
        var ex = Assert.Throws<ArgumentException>(() => tree.CountWithin([1.0, 2.0, 3.0], 1));
        Assert.Equal("query", ex.ParamName);
    }

    [Fact]
    public void NonFiniteDataIsRejectedWithItsPosition()
    {
        var data = Matrix<double>.FromRows([[0.0, 1.0], [double.NaN, 2.0]]);
        var ex = Assert.Throws<ArgumentException>(() => new KdTree(data));
        Assert.Equal("data", ex.ParamName);
        Assert.Contains("row 1", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void AThreadCountOtherThanMinusOneOrPositiveIsRejected(int threads)
    {
        var ex = Assert.Throws<ArgumentException>(() => new KdTree(PointSets.Uniform(1, 10, 2), maxDegreeOfParallelism: threads));
        Assert.Equal("maxDegreeOfParallelism", ex.ParamName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ParallelBuildGivesTheSameTree(bool lattice)
    {
        // Over 2 × 16,384 rows, so the root's and its children's subtrees are built on separate threads.
        var data = PointSets.Uniform(8, 40_000, 3, grid: lattice);
        var one = new KdTree(data, maxDegreeOfParallelism: 1);
        foreach (int threads in new[] { 2, 3, 4 })
        {
            var many = new KdTree(data, maxDegreeOfParallelism: threads);
            Assert.Equal(one.Order, many.Order);
            Assert.Equal(one.Points, many.Points);
            Assert.Equal(one.NodeStart, many.NodeStart);
            Assert.Equal(one.NodeEnd, many.NodeEnd);
            Assert.Equal(one.NodeLeft, many.NodeLeft);
            Assert.Equal(one.NodeRight, many.NodeRight);
            Assert.Equal(one.NodeMinIndex, many.NodeMinIndex);
            Assert.Equal(one.Lower, many.Lower);
            Assert.Equal(one.Upper, many.Upper);
        }
    }
}
