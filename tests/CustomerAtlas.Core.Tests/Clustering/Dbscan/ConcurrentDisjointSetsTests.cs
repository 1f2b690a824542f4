using CustomerAtlas.Core.Clustering.Dbscan;
using CustomerAtlas.Core.Graphs;

namespace CustomerAtlas.Core.Tests.Clustering.Dbscan;

public class ConcurrentDisjointSetsTests
{
    [Fact]
    public void UnionsAndRangesJoinExactlyTheirElements()
    {
        var sets = new ConcurrentDisjointSets(8);
        sets.JoinRange(1, 4); // {1,2,3}
        sets.Union(6, 5);
        sets.Union(3, 5); // {1,2,3,5,6}
        Assert.True(sets.Same(2, 6));
        Assert.False(sets.Same(0, 1));
        Assert.False(sets.Same(4, 7));
        Assert.Equal(1, sets.Find(6)); // roots are the smallest index linked so far
    }

    [Fact]
    public void ConcurrentUnionsGiveTheSequentialPartition()
    {
        const int n = 20_000;
        var rng = new Random(5);
        var pairs = Enumerable.Range(0, 15_000).Select(_ => (rng.Next(n), rng.Next(n))).ToArray();
        var sequential = new DisjointSets(n);
        foreach (var (a, b) in pairs)
        {
            sequential.Union(a, b);
        }

        for (int run = 0; run < 3; run++)
        {
            var concurrent = new ConcurrentDisjointSets(n);
            Parallel.For(0, pairs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => concurrent.Union(pairs[i].Item1, pairs[i].Item2));
            var rootOf = new Dictionary<int, int>();
            for (int i = 0; i < n; i++)
            {
                // The same partition: the map between the two structures' roots is one-to-one.
                int expected = sequential.Find(i), actual = concurrent.Find(i);
                if (!rootOf.TryAdd(expected, actual))
                {
                    Assert.Equal(rootOf[expected], actual);
                }
            }

            Assert.Equal(rootOf.Count, rootOf.Values.Distinct().Count());
        }
    }
}
