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
    public static RowBlocks For(int rows) => For(rows, MaxBlocks);

    /// <summary>
    /// A partition with at most <paramref name="maxBlocks"/> blocks, for reductions whose per-block partial is
    /// large (a d×d scatter matrix). Still depends only on the arguments, never on the thread count.
    /// </summary>
    public static RowBlocks For(int rows, int maxBlocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBlocks);
        int blockRows = (int)Math.Max(MinBlockRows, ((long)rows + maxBlocks - 1) / maxBlocks);
        return new RowBlocks(rows, blockRows);
    }

    /// <summary>
    /// A partition into blocks of exactly <paramref name="blockRows"/> rows (the last may be shorter),
    /// for work whose cost per row calls for another block size than <see cref="For(int)"/> picks.
    /// </summary>
    public static RowBlocks OfSize(int rows, int blockRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockRows, 1);
        return new RowBlocks(rows, blockRows);
    }

    /// <summary>First row of block <paramref name="block"/>.</summary>
    public int Start(int block) => block * BlockRows;

    /// <summary>Number of rows in block <paramref name="block"/>.</summary>
    public int Length(int block) => Math.Min(BlockRows, Rows - (block * BlockRows));
}
