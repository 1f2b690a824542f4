using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Graphs;

/// <summary>
/// Prim's algorithm on the implicit complete graph: O(n²·d) time, O(n) memory, no distance
/// matrix. The right choice in high dimensions where space-partitioning trees stop pruning.
/// Each step updates the remaining vertices in fixed blocks and picks the lightest attachment
/// under <see cref="EdgeOrder"/> by combining block winners in block order, so the tree is the
/// same on any number of threads (and the same as <see cref="BoruvkaSpanningTree"/>'s).
/// </summary>
internal static class PrimSpanningTree
{
    /// <summary>Below this many points one thread is faster than scheduling blocks.</summary>
    private const int ParallelThreshold = 4096;

    public static SpanningTree Build(
        Matrix<double> data, double[] squaredCoreDistances, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = data.Rows;
        var key = new double[n];
        var from = new int[n];
        var inTree = new bool[n];
        Array.Fill(key, double.PositiveInfinity);
        Array.Fill(from, -1);
        var blocks = RowBlocks.OfSize(n, KdTree.QueryBlockRows);
        var blockBest = new int[blocks.Count];
        var edges = new List<(int A, int B, double SquaredWeight)>(Math.Max(0, n - 1));
        int parallelism = n < ParallelThreshold ? 1 : maxDegreeOfParallelism;
        int current = 0;
        inTree[0] = true;
        for (int step = 1; step < n; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int u = current;
            BlockParallel.For(blocks, parallelism, block =>
            {
                int start = blocks.Start(block);
                int end = start + blocks.Length(block);
                var x = data.RowReadOnly(u);
                double coreU = squaredCoreDistances[u];
                int best = -1;
                for (int v = start; v < end; v++)
                {
                    if (inTree[v])
                    {
                        continue;
                    }

                    double w = Math.Max(SimdMath.SquaredDistance(x, data.RowReadOnly(v)), Math.Max(coreU, squaredCoreDistances[v]));
                    if (from[v] < 0 || EdgeOrder.Precedes(w, u, v, key[v], from[v], v))
                    {
                        key[v] = w;
                        from[v] = u;
                    }

                    if (best < 0 || EdgeOrder.Precedes(key[v], from[v], v, key[best], from[best], best))
                    {
                        best = v;
                    }
                }

                blockBest[block] = best;
            }, cancellationToken);

            int next = -1;
            for (int b = 0; b < blocks.Count; b++)
            {
                int v = blockBest[b];
                if (v >= 0 && (next < 0 || EdgeOrder.Precedes(key[v], from[v], v, key[next], from[next], next)))
                {
                    next = v;
                }
            }

            edges.Add((from[next], next, key[next]));
            inTree[next] = true;
            current = next;
        }

        return SpanningTree.FromSquaredEdges(n, edges);
    }
}
