using System.Numerics;
using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Reduction.Pca;

/// <summary>
/// The products PCA needs with the centered data X − 1μᵀ, without ever forming it: column means, the
/// scatter matrix, X_c·W and X_cᵀ·Q. Each runs over fixed row blocks in parallel; reductions combine
/// per-block partials in block order, so results do not depend on the thread count.
/// </summary>
internal sealed class CenteredProducts<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Rows centered and multiplied at a time: the tile and its products stay in L1/L2.</summary>
    private const int TileRows = 64;

    private readonly Matrix<T> _data;
    private readonly int _degree;

    /// <summary>The mean repeated for every row of a tile, so a whole tile is centered in one vector pass.</summary>
    private readonly double[] _meanTile;

    public CenteredProducts(Matrix<T> data, int maxDegreeOfParallelism)
    {
        _data = data;
        _degree = maxDegreeOfParallelism;
        Mean = ComputeMean();
        _meanTile = new double[TileRows * data.Cols];
        for (int r = 0; r < TileRows; r++)
        {
            Mean.CopyTo(_meanTile, r * data.Cols);
        }
    }

    public double[] Mean { get; }

    public int RowCount => _data.Rows;

    private int D => _data.Cols;

    /// <summary>Σ (x − μ)(x − μ)ᵀ, d×d row-major.</summary>
    public double[] Scatter()
    {
        int d = D;
        var blocks = RowBlocks.For(_data.Rows, Math.Clamp(8_000_000 / (d * d), 1, RowBlocks.MaxBlocks));
        var partial = new double[blocks.Count * d * d];
        BlockParallel.For(blocks, _degree, b =>
        {
            var s = partial.AsSpan(b * d * d, d * d);
            var diff = new double[d];
            for (int i = blocks.Start(b), end = i + blocks.Length(b); i < end; i++)
            {
                Center(i, diff);
                for (int p = 0; p < d; p++)
                {
                    // Upper triangle only; mirrored below.
                    var row = s.Slice((p * d) + p, d - p);
                    TensorPrimitives.MultiplyAdd(diff.AsSpan(p), diff[p], row, row);
                }
            }
        });
        var scatter = new double[d * d];
        BlockParallel.SumInBlockOrder(partial, blocks.Count, d * d, scatter);
        for (int p = 0; p < d; p++)
        {
            for (int q = 0; q < p; q++)
            {
                scatter[(p * d) + q] = scatter[(q * d) + p];
            }
        }

        return scatter;
    }

    /// <summary>Σ ‖x − μ‖² (the trace of the scatter matrix).</summary>
    public double TotalSquares()
    {
        var blocks = RowBlocks.For(_data.Rows);
        var partial = new double[blocks.Count];
        BlockParallel.For(blocks, _degree, b =>
        {
            var diff = new double[D];
            double sum = 0;
            for (int i = blocks.Start(b), end = i + blocks.Length(b); i < end; i++)
            {
                Center(i, diff);
                sum += TensorPrimitives.Dot(diff, diff);
            }

            partial[b] = sum;
        });
        double total = 0;
        foreach (double p in partial)
        {
            total += p;
        }

        return total;
    }

    /// <summary>X_c · W for W d×l row-major; returns n×l row-major.</summary>
    public double[] Times(double[] w, int l)
    {
        var result = new double[(long)_data.Rows * l];
        Times(w, l, result);
        return result;
    }

    /// <summary>
    /// X_c · W for W d×l row-major (l a multiple of the SIMD width), written over the n×l row-major
    /// <paramref name="result"/>, one centered tile of rows at a time.
    /// </summary>
    public void Times(double[] w, int l, double[] result)
    {
        int d = D;
        var blocks = RowBlocks.For(_data.Rows);
        BlockParallel.For(blocks, _degree, b =>
        {
            var tile = new double[TileRows * d];
            for (int start = blocks.Start(b), end = start + blocks.Length(b); start < end; start += TileRows)
            {
                int count = Math.Min(TileRows, end - start);
                CenterTile(start, count, tile);
                TileProduct.Multiply<double>(tile, count, d, w, l, result.AsSpan(start * l, count * l));
            }
        });
    }

    /// <summary>X_cᵀ · Q for Q n×l row-major (l a multiple of the SIMD width); returns d×l row-major.</summary>
    public double[] TransposeTimes(double[] q, int l)
    {
        int d = D;
        var blocks = RowBlocks.For(_data.Rows);
        var partial = new double[blocks.Count * d * l];
        BlockParallel.For(blocks, _degree, b =>
        {
            var z = partial.AsSpan(b * d * l, d * l);
            var tile = new double[TileRows * d];
            var transposed = new double[TileRows * d];
            var scratch = new double[d * l];
            for (int start = blocks.Start(b), end = start + blocks.Length(b); start < end; start += TileRows)
            {
                int count = Math.Min(TileRows, end - start);
                CenterTile(start, count, tile);
                TileProduct.AddTransposeTimes<double>(tile, count, d, q.AsSpan(start * l, count * l), l, z, transposed, scratch);
            }
        });
        var result = new double[d * l];
        BlockParallel.SumInBlockOrder(partial, blocks.Count, d * l, result);
        return result;
    }

    /// <summary>Writes rows start..start+count, widened to double and centered, into the row-major tile.</summary>
    private void CenterTile(int start, int count, double[] tile)
    {
        int d = D;
        var values = _data.Values.AsSpan(start * d, count * d);
        var centered = tile.AsSpan(0, count * d);
        TensorPrimitives.ConvertTruncating<T, double>(values, centered);
        TensorPrimitives.Subtract(centered, _meanTile.AsSpan(0, count * d), centered);
    }

    private void Center(int row, Span<double> diff)
    {
        var x = _data.RowReadOnly(row);
        for (int j = 0; j < diff.Length; j++)
        {
            diff[j] = double.CreateTruncating(x[j]) - Mean[j];
        }
    }

    private double[] ComputeMean()
    {
        int d = D;
        var blocks = RowBlocks.For(_data.Rows);
        var partial = new double[blocks.Count * d];
        BlockParallel.For(blocks, _degree, b =>
        {
            var sums = partial.AsSpan(b * d, d);
            for (int i = blocks.Start(b), end = i + blocks.Length(b); i < end; i++)
            {
                SimdMath.AddScaledToDouble(_data.RowReadOnly(i), 1, sums);
            }
        });
        var mean = new double[d];
        BlockParallel.SumInBlockOrder(partial, blocks.Count, d, mean);
        TensorPrimitives.Divide(mean, _data.Rows, mean);
        return mean;
    }
}
