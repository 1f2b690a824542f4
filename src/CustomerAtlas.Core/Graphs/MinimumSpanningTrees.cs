using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Graphs;

/// <summary>
/// Exact minimum spanning trees of points under the Euclidean distance or under the
/// mutual-reachability distance <c>max(core(p), core(q), d(p, q))</c> used by HDBSCAN and
/// Genie+, where <c>core(p)</c> is the distance from p to its <c>minSamples</c>-th nearest
/// row counting p itself (so <c>minSamples = 1</c> gives the plain Euclidean tree).
/// Neither method holds an n×n matrix.
/// </summary>
public static class MinimumSpanningTrees
{
    /// <summary>Highest dimension for which <see cref="SpanningTreeMethod.Auto"/> uses the k-d tree.</summary>
    public const int KdTreeMaxDimensions = 16;

    /// <summary>The Euclidean minimum spanning tree of the rows of <paramref name="data"/>.</summary>
    public static SpanningTree Euclidean(
        Matrix<double> data,
        SpanningTreeMethod method = SpanningTreeMethod.Auto,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default) =>
        MutualReachability(data, 1, method, maxDegreeOfParallelism, cancellationToken).Tree;

    /// <summary>
    /// The mutual-reachability minimum spanning tree with core distances over
    /// <paramref name="minSamples"/> neighbours (self included), and those core distances.
    /// </summary>
    public static (SpanningTree Tree, double[] CoreDistances) MutualReachability(
        Matrix<double> data,
        int minSamples,
        SpanningTreeMethod method = SpanningTreeMethod.Auto,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        var (mst, core2) = MutualReachabilitySquared(data, minSamples, method, maxDegreeOfParallelism, cancellationToken);
        var core = new double[core2.Length];
        for (int i = 0; i < core.Length; i++)
        {
            core[i] = Math.Sqrt(core2[i]);
        }

        return (mst, core);
    }

    /// <summary>As <see cref="MutualReachability"/>, returning the exact squared core distances the tree was built with.</summary>
    internal static (SpanningTree Tree, double[] SquaredCoreDistances) MutualReachabilitySquared(
        Matrix<double> data,
        int minSamples,
        SpanningTreeMethod method,
        int maxDegreeOfParallelism,
        CancellationToken cancellationToken)
    {
        DataChecks.EnsureUsable(data, nameof(data));
        new ParameterErrors()
            .Require(minSamples >= 1, nameof(minSamples), $"must be at least 1 (got {minSamples}).")
            .Require(minSamples <= data.Rows, nameof(minSamples), $"must not exceed the row count {data.Rows} (got {minSamples}).")
            .Require(Internal.ParallelismCheck.IsValid(maxDegreeOfParallelism), nameof(maxDegreeOfParallelism), "must be -1 (all cores) or at least 1.")
            .ThrowIfAny();
        bool useTree = method == SpanningTreeMethod.KdTreeBoruvka
            || (method == SpanningTreeMethod.Auto && data.Cols <= KdTreeMaxDimensions);
        KdTree? tree = useTree || minSamples > 1 ? new KdTree(data) : null;
        double[] core2 = minSamples > 1
            ? CoreDistances.Squared(tree!, data, minSamples, maxDegreeOfParallelism, cancellationToken)
            : new double[data.Rows];
        var mst = useTree
            ? BoruvkaSpanningTree.Build(tree!, core2, maxDegreeOfParallelism, cancellationToken)
            : PrimSpanningTree.Build(data, core2, maxDegreeOfParallelism, cancellationToken);
        return (mst, core2);
    }
}
