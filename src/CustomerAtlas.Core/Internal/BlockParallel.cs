namespace CustomerAtlas.Core.Internal;

/// <summary>
/// Runs a fixed set of blocks, in parallel when allowed. Callers partition their work into
/// blocks whose boundaries do not depend on the thread count and combine per-block results in
/// block order, so the answer is the same on 1 or N threads.
/// </summary>
internal static class BlockParallel
{
    /// <summary>Number of blocks of <paramref name="blockSize"/> covering <paramref name="count"/> items.</summary>
    public static int BlockCount(int count, int blockSize) => (count + blockSize - 1) / blockSize;

    /// <summary>Calls <paramref name="body"/> for blocks 0..<paramref name="blockCount"/>-1.</summary>
    public static void For(int blockCount, int maxDegreeOfParallelism, Action<int> body, CancellationToken cancellationToken = default)
    {
        if (blockCount <= 1 || maxDegreeOfParallelism == 1 || Environment.ProcessorCount == 1)
        {
            for (int b = 0; b < blockCount; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(b);
            }

            return;
        }

        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, blockCount, options, body);
    }
}
