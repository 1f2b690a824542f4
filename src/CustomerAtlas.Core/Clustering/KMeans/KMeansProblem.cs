using System.Numerics;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>The data of one fit, its row weights (null = all 1) and how to run passes over it.</summary>
internal sealed class KMeansProblem<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T[]?[] _scratch = new T[]?[2];

    public KMeansProblem(Matrix<T> data, double[]? weights, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        Data = data;
        Weights = weights;
        Blocks = RowBlocks.For(data.Rows);
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        CancellationToken = cancellationToken;
    }

    public Matrix<T> Data { get; }

    public double[]? Weights { get; }

    public RowBlocks Blocks { get; }

    public int MaxDegreeOfParallelism { get; }

    public CancellationToken CancellationToken { get; }

    public int Rows => Data.Rows;

    public int Cols => Data.Cols;

    /// <summary>
    /// A per-row buffer shared by the phases of a fit (slot 0: k-means++'s D², then Hamerly's upper bounds;
    /// slot 1: Hamerly's lower bounds). The phases run one after another, so sharing is safe, and a fit on
    /// millions of rows holds two such buffers instead of three per restart. Contents are not preserved.
    /// </summary>
    public T[] RowScratch(int slot) => _scratch[slot] ??= new T[Rows];

    public double Weight(int row) => Weights is null ? 1 : Weights[row];

    /// <summary>Rows <paramref name="start"/>..start+count as one contiguous span.</summary>
    public ReadOnlySpan<T> RowRange(int start, int count) => Data.Values.AsSpan(start * Data.Cols, count * Data.Cols);

    /// <summary>Runs <paramref name="body"/> once per row block, in parallel.</summary>
    public void ForEachBlock(Action<int> body) =>
        BlockParallel.For(Blocks, MaxDegreeOfParallelism, body, CancellationToken);
}
