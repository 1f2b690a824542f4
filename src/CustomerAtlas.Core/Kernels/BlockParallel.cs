namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// Runs one body per row block, in parallel up to a degree of parallelism. Callers write each
/// block's result into a slot owned by that block (no locks, no shared accumulators) and combine
/// the slots in block order afterwards.
/// </summary>
public static class BlockParallel
{
    /// <summary>Resolves the options convention (-1 = all cores) to a positive thread count.</summary>
    public static int ResolveDegree(int maxDegreeOfParallelism) =>
        maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;

    /// <summary>Calls <paramref name="body"/>(block) for every block of <paramref name="blocks"/>.</summary>
    public static void For(RowBlocks blocks, int maxDegreeOfParallelism, Action<int> body, CancellationToken cancellationToken = default)
    {
        int blockCount = blocks.Count;
        int degree = ResolveDegree(maxDegreeOfParallelism);
        if (degree == 1 || blockCount <= 1)
        {
            for (int b = 0; b < blockCount; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(b);
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };
        Parallel.For(0, blockCount, options, body);
    }

    /// <summary>Sums per-block partials of length <paramref name="width"/> (laid out block after block) in block order.</summary>
    public static void SumInBlockOrder(ReadOnlySpan<double> partials, int blockCount, int width, Span<double> result)
    {
        result[..width].Clear();
        for (int b = 0; b < blockCount; b++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(result[..width], partials.Slice(b * width, width), result[..width]);
        }
    }
}
