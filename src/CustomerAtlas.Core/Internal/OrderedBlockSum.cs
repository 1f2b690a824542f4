using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Internal;

/// <summary>Accumulates rows [start, end) into <paramref name="partial"/> (zeroed on entry).</summary>
public delegate void BlockAccumulator(int start, int end, Span<double> partial);

/// <summary>
/// Deterministic parallel sums over rows: the rows are cut by <see cref="RowBlocks"/> (a partition
/// that depends on the row count only), each block fills its own partial vector, and the partials
/// are added in block order. The result is therefore bit-identical on 1 or N threads.
/// </summary>
public static class OrderedBlockSum
{
    /// <summary>Sums <paramref name="width"/> values over <paramref name="rows"/> rows.</summary>
    public static double[] Sum(int rows, int width, int maxDegreeOfParallelism, BlockAccumulator accumulate)
    {
        ArgumentNullException.ThrowIfNull(accumulate);
        var blocks = RowBlocks.For(rows);
        var partials = new double[(long)blocks.Count * width];
        Kernels.BlockParallel.For(blocks, maxDegreeOfParallelism, b =>
        {
            int start = blocks.Start(b);
            accumulate(start, start + blocks.Length(b), partials.AsSpan(b * width, width));
        });

        var total = new double[width];
        for (int b = 0; b < blocks.Count; b++)
        {
            var partial = partials.AsSpan(b * width, width);
            for (int w = 0; w < width; w++)
            {
                total[w] += partial[w];
            }
        }

        return total;
    }
}
