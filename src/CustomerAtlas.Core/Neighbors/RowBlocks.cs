namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// Runs independent per-row work over fixed-size blocks of rows, in parallel when allowed.
/// Each row writes only its own outputs, so the result never depends on the thread count.
/// </summary>
internal static class RowBlocks
{
    /// <summary>Rows per block: large enough to amortise scheduling, small enough to balance two cores.</summary>
    public const int BlockSize = 1024;

    /// <summary>Calls <paramref name="body"/>(start, end) for every block of <c>[0, count)</c>.</summary>
    public static void For(int count, int maxDegreeOfParallelism, CancellationToken cancellationToken, Action<int, int> body)
    {
        int blocks = (count + BlockSize - 1) / BlockSize;
        if (blocks <= 1 || maxDegreeOfParallelism == 1)
        {
            for (int b = 0; b < blocks; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(b * BlockSize, Math.Min(count, (b + 1) * BlockSize));
            }

            return;
        }

        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, blocks, options, b => body(b * BlockSize, Math.Min(count, (b + 1) * BlockSize)));
    }
}
