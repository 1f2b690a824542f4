namespace CustomerAtlas.Core.Internal;

/// <summary>Accumulates rows [start, end) into <paramref name="partial"/> (zeroed on entry).</summary>
public delegate void BlockAccumulator(int start, int end, Span<double> partial);

/// <summary>
/// Deterministic parallel sums over rows: the rows are cut into blocks whose size depends only on
/// the row count and the width of the sum (never on the thread count), each block fills its own
/// partial vector, and the partials are added in block order. The result is therefore bit-identical
/// on 1 or N threads.
/// </summary>
public static class OrderedBlockSum
{
    /// <summary>Smallest block: enough rows that scheduling costs nothing next to the work.</summary>
    private const int MinBlockRows = 512;

    /// <summary>At most this many blocks, so that partials stay small for wide sums.</summary>
    private const int MaxBlocks = 256;

    /// <summary>Bound on the doubles held by all partials together (32 MB).</summary>
    private const long MaxPartialValues = 4L << 20;

    /// <summary>Sums <paramref name="width"/> values over <paramref name="rows"/> rows.</summary>
    public static double[] Sum(int rows, int width, int maxDegreeOfParallelism, BlockAccumulator accumulate)
    {
        ArgumentNullException.ThrowIfNull(accumulate);
        int blocks = BlockCount(rows, width);
        int blockRows = (rows + blocks - 1) / Math.Max(blocks, 1);
        var partials = new double[(long)blocks * width];
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, b =>
        {
            int start = b * blockRows;
            int end = Math.Min(rows, start + blockRows);
            if (start < end)
            {
                accumulate(start, end, partials.AsSpan(b * width, width));
            }
        });

        var total = new double[width];
        for (int b = 0; b < blocks; b++)
        {
            var partial = partials.AsSpan(b * width, width);
            for (int w = 0; w < width; w++)
            {
                total[w] += partial[w];
            }
        }

        return total;
    }

    private static int BlockCount(int rows, int width)
    {
        long byRows = Math.Max(1, rows / MinBlockRows);
        long byMemory = Math.Max(1, MaxPartialValues / Math.Max(width, 1));
        return (int)Math.Min(Math.Min(byRows, byMemory), MaxBlocks);
    }
}
