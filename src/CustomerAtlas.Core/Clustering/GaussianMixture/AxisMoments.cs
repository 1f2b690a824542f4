using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// The M-step of diagonal and spherical mixtures in one blocked pass: with the rows shifted by the data
/// mean (z = x − x̄), the zeroth, first and second moments of every component, Σ r_ic [1, z, z²], are
/// Rᵀ·[1, z, z²] over tiles of rows (a matrix product per tile). Variances follow as
/// (S2 − 2 m S1 + m² S0) / N_c with m = S1 / N_c. The shift keeps the terms near the data's own spread;
/// a variance that rounding pushes below zero is clamped to zero before the regularization is added.
/// </summary>
internal static class AxisMoments
{
    private const int TileRows = DistanceTile.TileRows;

    /// <summary>The column means of <paramref name="data"/>, summed in fixed row blocks (the same on any number of threads).</summary>
    public static double[] DataMean(Matrix<double> data, int maxDegreeOfParallelism)
    {
        var mean = OrderedBlockSum.Sum(data.Rows, data.Cols, maxDegreeOfParallelism, (start, end, partial) =>
        {
            for (int i = start; i < end; i++)
            {
                TensorPrimitives.Add(partial, data.RowReadOnly(i), partial);
            }
        });
        TensorPrimitives.Divide(mean, data.Rows, mean);
        return mean;
    }

    /// <summary>The M-step statistics with the rows shifted by <paramref name="shift"/> (from <see cref="DataMean"/>).</summary>
    public static SufficientStatistics.Result Estimate(
        Matrix<double> data,
        double[] shift,
        double[] responsibilities,
        int k,
        CovarianceType type,
        double regCovar,
        double countFloor,
        int maxDegreeOfParallelism)
    {
        int d = data.Cols;
        int width = (2 * d) + 1;
        var moments = OrderedBlockSum.Sum(data.Rows, k * width, maxDegreeOfParallelism, (start, end, partial) =>
        {
            var features = new double[TileRows * width];
            var transposed = new double[TileRows * k];
            var scratch = new double[k * width];
            for (int tile = start; tile < end; tile += TileRows)
            {
                int count = Math.Min(TileRows, end - tile);
                for (int r = 0; r < count; r++)
                {
                    var row = features.AsSpan(r * width, width);
                    row[0] = 1;
                    SimdMath.ShiftAndSquare(data.RowReadOnly(tile + r), shift, row.Slice(1, d), row.Slice(1 + d, d));
                }

                TileProduct.AddTransposeTimes<double>(
                    responsibilities.AsSpan(tile * k, count * k), count, k, features, width, partial, transposed, scratch);
            }
        });

        var counts = new double[k];
        var means = new double[k * d];
        var variances = new double[k * d];
        for (int c = 0; c < k; c++)
        {
            var m = moments.AsSpan(c * width, width);
            double rawCount = m[0];
            counts[c] = rawCount + countFloor;
            for (int j = 0; j < d; j++)
            {
                double mean = m[1 + j] / counts[c];
                double spread = m[1 + d + j] - (2 * mean * m[1 + j]) + (mean * mean * rawCount);
                means[(c * d) + j] = shift[j] + mean;
                variances[(c * d) + j] = (Math.Max(0, spread) / counts[c]) + regCovar;
            }
        }

        return new SufficientStatistics.Result(counts, means, type == CovarianceType.Diagonal ? variances : Spherical(variances, k, d));
    }

    /// <summary>Spherical: the mean of each component's per-feature variances.</summary>
    private static double[] Spherical(double[] variances, int k, int d)
    {
        var spherical = new double[k];
        for (int c = 0; c < k; c++)
        {
            double sum = 0;
            for (int f = 0; f < d; f++)
            {
                sum += variances[(c * d) + f];
            }

            spherical[c] = sum / d;
        }

        return spherical;
    }
}
