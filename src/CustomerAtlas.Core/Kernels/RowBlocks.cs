namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// A fixed partition of rows into contiguous blocks that depends on the row count only, never on
/// the number of threads. Parallel reductions compute one partial per block and combine the partials
/// in block order, so 1 thread and N threads produce the same bits.
/// </summary>
public readonly record struct RowBlocks
{
    /// <summary>Smallest block: below this, scheduling costs more than the work.</summary>
    public const int MinBlockRows = 2048;

    /// <summary>Upper bound on the number of blocks, which bounds the memory of per-block partials.</summary>
    public const int MaxBlocks = 128;

    private RowBlocks(int rows, int blockRows)
    {
        Rows = rows;
        BlockRows = blockRows;
        Count = rows == 0 ? 0 : (int)(((long)rows + blockRows - 1) / blockRows);
    }

    /// <summary>Total rows partitioned.</summary>
    public int Rows { get; }

    /// <summary>Rows per block (the last block may be shorter).</summary>
    public int BlockRows { get; }

    /// <summary>Number of blocks.</summary>
    public int Count { get; }

    /// <summary>The standard partition of <paramref name="rows"/> rows.</summary>
    public static RowBlocks For(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        int blockRows = (int)Math.Max(MinBlockRows, ((long)rows + MaxBlocks - 1) / MaxBlocks);
        return new RowBlocks(rows, blockRows);
    }

    /// <summary>First row of block <paramref name="block"/>.</summary>
    public int Start(int block) => block * BlockRows;

    /// <summary>Number of rows in block <paramref name="block"/>.</summary>
    public int Length(int block) => Math.Min(BlockRows, Rows - (block * BlockRows));
}
