using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>
/// Complete and average linkage by the nearest-neighbour chain over the condensed float32
/// distance matrix, updated by Lance–Williams (complete: max; average: size-weighted mean).
/// Both linkages are reducible, so the chain finds the same hierarchy as the greedy algorithm.
/// Memory: n(n-1)/2 floats; callers bound n by <see cref="AgglomerativeOptions.MaxMatrixRows"/>.
/// </summary>
internal static class MatrixChain
{
    private const int RowBlock = 64;

    public static RawMerges Run(Matrix<double> data, Linkage linkage, IDistance distance, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = data.Rows;
        var condensed = Condense(data, distance, maxDegreeOfParallelism, cancellationToken);
        var merges = new RawMerges(n);
        var sizes = new double[n];
        Array.Fill(sizes, 1.0);
        var active = Enumerable.Range(0, n).ToArray(); // compact list of active clusters (named by a row)
        var position = Enumerable.Range(0, n).ToArray();
        int activeCount = n;
        var stack = new int[n];
        int depth = 0;
        while (activeCount > 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (depth == 0)
            {
                stack[depth++] = active[0];
            }

            int top = stack[depth - 1];
            int previous = depth > 1 ? stack[depth - 2] : -1;
            int nearest = -1;
            float best = float.PositiveInfinity;
            if (previous >= 0)
            {
                nearest = previous;
                best = condensed[Index(n, top, previous)];
            }

            for (int p = 0; p < activeCount; p++)
            {
                int c = active[p];
                if (c == top)
                {
                    continue;
                }

                float dist = condensed[Index(n, top, c)];
                if (dist < best)
                {
                    best = dist;
                    nearest = c;
                }
            }

            if (nearest != previous)
            {
                stack[depth++] = nearest;
                continue;
            }

            depth -= 2;
            merges.Add(top, previous, best);
            int keep = Math.Min(top, previous);
            int drop = Math.Max(top, previous);
            double sk = sizes[keep];
            double sd = sizes[drop];
            for (int p = 0; p < activeCount; p++)
            {
                int c = active[p];
                if (c == keep || c == drop)
                {
                    continue;
                }

                long kc = Index(n, keep, c);
                float dk = condensed[kc];
                float dd = condensed[Index(n, drop, c)];
                condensed[kc] = linkage == Linkage.Complete
                    ? Math.Max(dk, dd)
                    : (float)(((sk * dk) + (sd * dd)) / (sk + sd));
            }

            sizes[keep] = sk + sd;
            int last = active[activeCount - 1];
            active[position[drop]] = last;
            position[last] = position[drop];
            activeCount--;
        }

        return merges;
    }

    /// <summary>Position of pair (i, j), i ≠ j, in the condensed upper triangle.</summary>
    private static long Index(int n, int i, int j)
    {
        if (i > j)
        {
            (i, j) = (j, i);
        }

        return ((long)n * i) - ((long)i * (i + 1) / 2) + j - i - 1;
    }

    private static float[] Condense(Matrix<double> data, IDistance distance, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = data.Rows;
        var condensed = new float[(long)n * (n - 1) / 2];
        BlockParallel.For(RowBlocks.OfSize(n, RowBlock), maxDegreeOfParallelism, block =>
        {
            int end = Math.Min(n, (block + 1) * RowBlock);
            for (int i = block * RowBlock; i < end; i++)
            {
                var row = data.RowReadOnly(i);
                long offset = Index(n, i, i + 1);
                for (int j = i + 1; j < n; j++)
                {
                    condensed[offset + j - i - 1] = (float)distance.Compute(row, data.RowReadOnly(j));
                }
            }
        }, cancellationToken);
        return condensed;
    }
}
