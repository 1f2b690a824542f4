using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Graphs;
using CustomerAtlas.Core.Tests.Neighbors;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Graphs;

public class SpanningTreeTests
{
    [Property(MaxTest = 20)]
    public bool KdTreeBoruvkaMatchesBruteForcePrim(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(2, 150);
        int d = rng.Next(1, 5);
        int minSamples = rng.Next(1, Math.Min(n, 6) + 1);
        var data = PointSets.Uniform(seed, n, d, grid: seed % 2 == 0);
        var (tree, core) = MinimumSpanningTrees.MutualReachability(data, minSamples, SpanningTreeMethod.KdTreeBoruvka);
        double expected = BruteForcePrimWeight(data, minSamples);
        return tree.EdgeCount == n - 1
            && Spans(tree)
            && Math.Abs(tree.TotalWeight - expected) <= 1e-9 * Math.Max(1, expected)
            && core.Length == n;
    }

    [Property(MaxTest = 20)]
    public bool BoruvkaAndPrimReturnTheSameEdgesInTheSameOrder(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(2, 200);
        int minSamples = rng.Next(1, Math.Min(n, 5) + 1);
        var data = PointSets.Uniform(seed, n, rng.Next(1, 4), grid: true);
        var a = MinimumSpanningTrees.MutualReachability(data, minSamples, SpanningTreeMethod.KdTreeBoruvka).Tree;
        var b = MinimumSpanningTrees.MutualReachability(data, minSamples, SpanningTreeMethod.DensePrim).Tree;
        return a.From.SequenceEqual(b.From) && a.To.SequenceEqual(b.To) && a.Weight.SequenceEqual(b.Weight);
    }

    [Fact]
    public void HandComputedTreeOnALine()
    {
        var data = Matrix<double>.FromRows([[0.0], [5.0], [1.0], [6.0]]);
        var tree = MinimumSpanningTrees.Euclidean(data);
        Assert.Equal([0, 1, 1], tree.From);
        Assert.Equal([2, 3, 2], tree.To);
        Assert.Equal([1.0, 1.0, 4.0], tree.Weight);
    }

    [Fact]
    public void MutualReachabilityWeightsUseCoreDistances()
    {
        // Core distance with 2 samples (self included) = nearest-neighbour distance: 1, 1, 4, 1, 1.
        var data = Matrix<double>.FromRows([[0.0], [1.0], [5.0], [9.0], [10.0]]);
        var (tree, core) = MinimumSpanningTrees.MutualReachability(data, 2);
        Assert.Equal([1.0, 1.0, 4.0, 1.0, 1.0], core);
        Assert.Equal([1.0, 1.0, 4.0, 4.0], tree.Weight);
    }

    [Fact]
    public void ResultDoesNotDependOnThreadCount()
    {
        var data = PointSets.Uniform(3, 3000, 2, grid: false);
        var one = MinimumSpanningTrees.MutualReachability(data, 4, SpanningTreeMethod.KdTreeBoruvka, maxDegreeOfParallelism: 1).Tree;
        var many = MinimumSpanningTrees.MutualReachability(data, 4, SpanningTreeMethod.KdTreeBoruvka, maxDegreeOfParallelism: -1).Tree;
        Assert.Equal(one.From, many.From);
        Assert.Equal(one.To, many.To);
        Assert.Equal(one.Weight, many.Weight);
    }

    [Fact]
    public void BadMinSamplesIsNamed()
    {
        var data = PointSets.Uniform(1, 5, 2);
        Assert.Equal("minSamples", Assert.Throws<ArgumentException>(() => MinimumSpanningTrees.MutualReachability(data, 0)).ParamName);
        Assert.Equal("minSamples", Assert.Throws<ArgumentException>(() => MinimumSpanningTrees.MutualReachability(data, 6)).ParamName);
    }

    private static bool Spans(SpanningTree tree)
    {
        var parent = Enumerable.Range(0, tree.PointCount).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (int e = 0; e < tree.EdgeCount; e++)
        {
            int a = Find(tree.From[e]);
            int b = Find(tree.To[e]);
            if (a == b || (e > 0 && tree.Weight[e] < tree.Weight[e - 1]))
            {
                return false;
            }

            parent[a] = b;
        }

        return true;
    }

    private static double BruteForcePrimWeight(Matrix<double> data, int minSamples)
    {
        int n = data.Rows;
        var core = new double[n];
        for (int i = 0; i < n; i++)
        {
            var distances = new double[n];
            for (int j = 0; j < n; j++)
            {
                distances[j] = Math.Sqrt(PointSets.Distance2(data, i, data, j));
            }

            Array.Sort(distances);
            core[i] = distances[minSamples - 1];
        }

        double Weight(int i, int j) => Math.Max(Math.Sqrt(PointSets.Distance2(data, i, data, j)), Math.Max(core[i], core[j]));
        var inTree = new bool[n];
        var best = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        best[0] = 0;
        double total = 0;
        for (int step = 0; step < n; step++)
        {
            int u = Enumerable.Range(0, n).Where(v => !inTree[v]).MinBy(v => best[v]);
            inTree[u] = true;
            total += best[u];
            for (int v = 0; v < n; v++)
            {
                if (!inTree[v])
                {
                    best[v] = Math.Min(best[v], Weight(u, v));
                }
            }
        }

        return total;
    }
}
