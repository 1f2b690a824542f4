using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Neighbors;

public class NearestWithinTests
{
    [Fact]
    public void BoundaryIncludedAndTiesToTheSmallerRow()
    {
        var tree = new KdTree(Matrix<double>.FromRows([[4.0], [0.0], [2.0], [-2.0]]), leafSize: 1);
        Assert.Equal(1, tree.NearestWithin([-1.0], 1.0)); // rows 1 and 3 both exactly at the limit: the smaller row
        Assert.Equal(3, tree.NearestWithin([-1.6], 1.0));
        Assert.Equal(-1, tree.NearestWithin([10.0], 25.0));
        Assert.Equal(0, tree.NearestWithin([10.0], 36.0)); // exactly at the limit
        Assert.Equal(0, tree.NearestWithin([10.0], double.PositiveInfinity));
    }

    [Property(MaxTest = 30)]
    public bool MatchesBruteForce(int seed)
    {
        var rng = new Random(seed);
        int d = rng.Next(1, 5);
        var data = PointSets.Uniform(seed, rng.Next(1, 300), d, grid: seed % 2 == 0);
        var tree = new KdTree(data, leafSize: rng.Next(1, 10));
        var queries = PointSets.Uniform(seed + 3, 25, d, grid: seed % 2 == 0);
        double limit = seed % 5 == 0 ? double.PositiveInfinity : rng.Next(0, 6) + (seed % 3 == 0 ? 0 : rng.NextDouble());
        return Enumerable.Range(0, queries.Rows).All(q =>
        {
            var within = Enumerable.Range(0, data.Rows)
                .Select(i => (D: PointSets.Distance2(queries, q, data, i), I: i))
                .Where(t => t.D <= limit)
                .OrderBy(t => t.D).ThenBy(t => t.I).ToArray();
            return tree.NearestWithin(queries.RowReadOnly(q), limit) == (within.Length > 0 ? within[0].I : -1);
        });
    }
}
