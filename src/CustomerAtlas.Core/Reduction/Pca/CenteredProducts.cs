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
    private readonly Matrix<T> _data;
    private readonly int _degree;

    public CenteredProducts(Matrix<T> data, int maxDegreeOfParallelism)
    {
        _data = data;
        _degree = maxDegreeOfParallelism;
        Mean = ComputeMean();
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
        int d = D;
        var result = new double[(long)_data.Rows * l];
        var blocks = RowBlocks.For(_data.Rows);
        BlockParallel.For(blocks, _degree, b =>
        {
            var diff = new double[d];
            for (int i = blocks.Start(b), end = i + blocks.Length(b); i < end; i++)
            {
                Center(i, diff);
                var y = result.AsSpan(i * l, l);
                for (int j = 0; j < d; j++)
                {
                    TensorPrimitives.MultiplyAdd(w.AsSpan(j * l, l), diff[j], y, y);
                }
            }
        });
        return result;
    }

    /// <summary>X_cᵀ · Q for Q n×l row-major; returns d×l row-major.</summary>
    public double[] TransposeTimes(double[] q, int l)
    {
        int d = D;
        var blocks = RowBlocks.For(_data.Rows);
        var partial = new double[blocks.Count * d * l];
        BlockParallel.For(blocks, _degree, b =>
        {
            var z = partial.AsSpan(b * d * l, d * l);
            var diff = new double[d];
            for (int i = blocks.Start(b), end = i + blocks.Length(b); i < end; i++)
            {
                Center(i, diff);
                var qi = q.AsSpan(i * l, l);
                for (int j = 0; j < d; j++)
                {
                    var zj = z.Slice(j * l, l);
                    TensorPrimitives.MultiplyAdd(qi, diff[j], zj, zj);
                }
            }
        });
        var result = new double[d * l];
        BlockParallel.SumInBlockOrder(partial, blocks.Count, d * l, result);
        return result;
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
