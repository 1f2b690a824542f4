using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Neighbors;

/// <summary>A tree cut down to some rows answers like a tree built over those rows alone.</summary>
public class KdTreeSubsetTests
{
    [Property(MaxTest = 30)]
    public bool AnswersLikeATreeBuiltOverTheKeptRows(int seed)
    {
        var rng = new Random(seed);
        int d = rng.Next(1, 6);
        var data = PointSets.Uniform(seed, rng.Next(1, 400), d, grid: seed % 2 == 0);
        // Keep a random share, or drop a whole region (empties whole leaves and subtrees).
        bool byRegion = seed % 3 == 0;
        double share = rng.NextDouble();
        var keep = Enumerable.Range(0, data.Rows).Select(i => byRegion ? data[i, 0] < 10 * share : rng.NextDouble() < share).ToArray();
        keep[rng.Next(data.Rows)] = true;
        var kept = Enumerable.Range(0, data.Rows).Where(i => keep[i]).ToArray();
        var subset = KdTreeSubset.Of(new KdTree(data, leafSize: rng.Next(1, 12)), keep);
        var fresh = new KdTree(data.SelectRows(kept));
        var queries = PointSets.Uniform(seed + 7, 15, d, grid: seed % 2 == 0);
        int k = rng.Next(1, 8);
        double radius = rng.NextDouble() * 4;
        var (subsetIndices, subsetDistances) = subset.KNearestAll(queries, k, 1);
        var (freshIndices, freshDistances) = fresh.KNearestAll(queries, k, 1);
        var subsetWithin = new List<int>();
        var freshWithin = new List<int>();
        for (int q = 0; q < queries.Rows; q++)
        {
            subset.Within(queries.RowReadOnly(q), radius, subsetWithin);
            fresh.Within(queries.RowReadOnly(q), radius, freshWithin);
            if (subset.CountWithin(queries.RowReadOnly(q), radius) != fresh.CountWithin(queries.RowReadOnly(q), radius))
            {
                return false;
            }
        }

        return subset.Count == kept.Length
            && subsetIndices.SequenceEqual(freshIndices) && subsetDistances.SequenceEqual(freshDistances)
            && subsetWithin.Order().SequenceEqual(freshWithin.Order());
    }

    [Fact]
    public void KeptRowsAreRenumberedInAscendingOrder()
    {
        var data = Matrix<double>.FromRows([[5.0], [1.0], [3.0], [2.0], [4.0]]);
        var subset = KdTreeSubset.Of(new KdTree(data, leafSize: 1), [true, false, true, false, true]);
        var index = new int[3];
        var distance = new double[3];
        subset.KNearest([3.1], index, distance); // kept rows 5, 3, 4 become 0, 1, 2
        Assert.Equal([1, 2, 0], index);
    }

    [Fact]
    public void KeepingNothingOrAWrongLengthIsRejected()
    {
        var tree = new KdTree(Matrix<double>.FromRows([[0.0], [1.0]]));
        Assert.Equal("keepRow", Assert.Throws<ArgumentException>(() => KdTreeSubset.Of(tree, [false, false])).ParamName);
        Assert.Equal("keepRow", Assert.Throws<ArgumentException>(() => KdTreeSubset.Of(tree, [true])).ParamName);
    }
}
