using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// Finds core points without range queries: when a k-d tree node holds at least min_samples rows and
/// the diagonal of its bounding box is at most eps, every pair of its rows is within eps, so each of
/// them has at least min_samples neighbours (itself included) and is core. In dense clusters this
/// settles most rows; the rest still get an exact neighbour count.
/// </summary>
internal static class DenseNodes
{
    /// <summary>Sets <c>isCore[row]</c> for every row of a dense node (never clears an entry).</summary>
    public static void MarkCore(KdTree tree, double eps, int minSamples, bool[] isCore)
    {
        double r2 = AllPairsRadiusSquared(eps);
        Span<int> stack = stackalloc int[KdTree.MaxDepth + 2]; // depth-first: at most tree depth + 2 entries
        int top = 1;
        stack[0] = 0;
        while (top > 0)
        {
            int node = stack[--top];
            int start = tree.NodeStart[node];
            int end = tree.NodeEnd[node];
            if (end - start < minSamples)
            {
                continue;
            }

            if (AllPairsWithin(tree, node, r2))
            {
                for (int pos = start; pos < end; pos++)
                {
                    isCore[tree.Order[pos]] = true;
                }

                continue;
            }

            if (tree.NodeLeft[node] >= 0)
            {
                stack[top++] = tree.NodeRight[node];
                stack[top++] = tree.NodeLeft[node];
            }
        }
    }

    /// <summary>
    /// The bound on a node's squared box diagonal under which all its rows are pairwise within eps: a hair
    /// below eps², so rounding in the summation order of the distance kernel can never put a pair of the
    /// node's rows outside eps when the diagonal itself is within it.
    /// </summary>
    public static double AllPairsRadiusSquared(double eps) => eps * eps * (1 - 1e-9);

    /// <summary>Whether every pair of rows of <paramref name="node"/> is within eps (<paramref name="r2"/> from <see cref="AllPairsRadiusSquared"/>).</summary>
    public static bool AllPairsWithin(KdTree tree, int node, double r2)
    {
        int dims = tree.Dimensions;
        var lower = tree.Lower.AsSpan(node * dims, dims);
        var upper = tree.Upper.AsSpan(node * dims, dims);
        double s = 0;
        for (int j = 0; j < dims; j++)
        {
            double d = upper[j] - lower[j];
            s += d * d;
        }

        return s <= r2;
    }
}
