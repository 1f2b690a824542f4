namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// A k-d tree over some of the rows of another, made in one linear pass instead of a new build: the
/// same nodes, each keeping the kept rows of its range (in the same tree order) and its box shrunk to
/// them. A node left with no rows keeps an empty box (lower +∞, upper −∞), which every search prunes as
/// infinitely far. Answers do not depend on the tree's shape (ties go to the smaller row), so they are
/// those of a tree built from scratch over the same rows. DBSCAN uses it for its core points.
/// </summary>
internal static class KdTreeSubset
{
    /// <summary>
    /// The tree over the rows <c>r</c> with <c>keepRow[r]</c>, renumbered 0, 1, … in ascending order of
    /// <c>r</c> (as <see cref="Data.Matrix{T}.SelectRows"/> of the kept rows in ascending order would).
    /// </summary>
    public static KdTree Of(KdTree tree, ReadOnlySpan<bool> keepRow)
    {
        if (keepRow.Length != tree.Count)
        {
            throw new ArgumentException($"keepRow has {keepRow.Length} entries; the tree has {tree.Count} rows.", nameof(keepRow));
        }

        var newRow = new int[tree.Count];
        int kept = 0;
        for (int row = 0; row < tree.Count; row++)
        {
            newRow[row] = keepRow[row] ? kept++ : -1;
        }

        if (kept == 0)
        {
            throw new ArgumentException("At least one row must be kept.", nameof(keepRow));
        }

        int dims = tree.Dimensions;
        var keptBefore = new int[tree.Count + 1]; // kept rows at tree positions before each position
        var order = new int[kept];
        var points = new double[kept * dims];
        for (int pos = 0; pos < tree.Count; pos++)
        {
            int row = newRow[tree.Order[pos]];
            keptBefore[pos + 1] = keptBefore[pos] + (row >= 0 ? 1 : 0);
            if (row >= 0)
            {
                order[keptBefore[pos]] = row;
                tree.PointAt(pos).CopyTo(points.AsSpan(keptBefore[pos] * dims, dims));
            }
        }

        int nodes = tree.NodeCount;
        var start = new int[nodes];
        var end = new int[nodes];
        var lower = new double[nodes * dims];
        var upper = new double[nodes * dims];
        Array.Fill(lower, double.PositiveInfinity);
        Array.Fill(upper, double.NegativeInfinity);
        // Children come after their parent in node order: a backward pass has both children's boxes ready.
        for (int node = nodes - 1; node >= 0; node--)
        {
            start[node] = keptBefore[tree.NodeStart[node]];
            end[node] = keptBefore[tree.NodeEnd[node]];
            var low = lower.AsSpan(node * dims, dims);
            var high = upper.AsSpan(node * dims, dims);
            int left = tree.NodeLeft[node];
            if (left >= 0)
            {
                Widen(low, high, lower.AsSpan(left * dims, dims), upper.AsSpan(left * dims, dims));
                int right = tree.NodeRight[node];
                Widen(low, high, lower.AsSpan(right * dims, dims), upper.AsSpan(right * dims, dims));
                continue;
            }

            for (int pos = start[node]; pos < end[node]; pos++)
            {
                var point = points.AsSpan(pos * dims, dims);
                Widen(low, high, point, point);
            }
        }

        return new KdTree(dims, order, points, start, end, [.. tree.NodeLeft], [.. tree.NodeRight], lower, upper);
    }

    /// <summary>Grows the box [low, high] to cover the box [otherLow, otherHigh].</summary>
    private static void Widen(Span<double> low, Span<double> high, ReadOnlySpan<double> otherLow, ReadOnlySpan<double> otherHigh)
    {
        for (int j = 0; j < low.Length; j++)
        {
            low[j] = Math.Min(low[j], otherLow[j]);
            high[j] = Math.Max(high[j], otherHigh[j]);
        }
    }
}
