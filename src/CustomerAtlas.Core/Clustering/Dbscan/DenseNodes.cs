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
        // A hair below eps^2, so rounding in the summation order of the distance kernel can never
        // put a pair of this node's rows outside eps when the box diagonal itself is within it.
        double r2 = eps * eps * (1 - 1e-9);
        int dims = tree.Dimensions;
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

            if (DiagonalSquared(tree.Lower.AsSpan(node * dims, dims), tree.Upper.AsSpan(node * dims, dims)) <= r2)
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

    private static double DiagonalSquared(ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        double s = 0;
        for (int j = 0; j < lower.Length; j++)
        {
            double d = upper[j] - lower[j];
            s += d * d;
        }

        return s;
    }
}
