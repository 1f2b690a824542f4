using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// The E-step shared by the EM and variational mixtures: for each row, the weighted log
/// probability of every component (log density + a per-component offset such as log π_c),
/// normalized with log-sum-exp into responsibilities. Diagonal and spherical components are evaluated
/// a tile of rows at a time as a matrix product (<see cref="AxisDensityPanel"/>); full ones row by row.
/// </summary>
internal static class ExpectationStep
{
    /// <summary>Σ over rows of the log normalizer (the log-likelihood for EM) and of Σ_c r log r.</summary>
    public readonly record struct Totals(double LogLikelihood, double NegativeEntropy);

    /// <summary>
    /// Runs the E-step. <paramref name="responsibilities"/> (n×k, may be null) receives the
    /// posterior of each component; <paramref name="rowLogLikelihood"/> (n, may be null) the log
    /// normalizer of each row.
    /// </summary>
    public static Totals Run(
        Matrix<double> data,
        GaussianComponents components,
        ReadOnlySpan<double> offsets,
        double[]? responsibilities,
        double[]? rowLogLikelihood,
        int maxDegreeOfParallelism)
    {
        int k = components.ComponentCount;
        var offsetArray = offsets.ToArray();
        var sums = components.Type == CovarianceType.Full
            ? OrderedBlockSum.Sum(data.Rows, 2, maxDegreeOfParallelism, (start, end, partial) =>
            {
                var logProb = new double[k];
                var centered = new double[data.Cols];
                var scratch = new double[k];
                for (int i = start; i < end; i++)
                {
                    components.LogDensities(data.RowReadOnly(i), logProb, centered);
                    TensorPrimitives.Add(logProb, offsetArray, logProb);
                    Normalize(i, logProb, scratch, responsibilities, rowLogLikelihood, partial);
                }
            })
            : RunTiled(data, AxisDensityPanel.Create(components, offsetArray), responsibilities, rowLogLikelihood, maxDegreeOfParallelism);
        return new Totals(sums[0], sums[1]);
    }

    /// <summary>The E-step of diagonal and spherical components, a tile of rows per matrix product.</summary>
    private static double[] RunTiled(
        Matrix<double> data, AxisDensityPanel panel, double[]? responsibilities, double[]? rowLogLikelihood, int maxDegreeOfParallelism)
    {
        int k = panel.ComponentCount;
        int d = data.Cols;
        int tileRows = AxisDensityPanel.TileRows;
        return OrderedBlockSum.Sum(data.Rows, 2, maxDegreeOfParallelism, (start, end, partial) =>
        {
            var features = new double[tileRows * 2 * d];
            var logProb = new double[tileRows * k];
            var scratch = new double[k];
            for (int tile = start; tile < end; tile += tileRows)
            {
                int count = Math.Min(tileRows, end - tile);
                panel.Evaluate(data.Values.AsSpan(tile * d, count * d), count, features, logProb);
                for (int r = 0; r < count; r++)
                {
                    Normalize(tile + r, logProb.AsSpan(r * k, k), scratch, responsibilities, rowLogLikelihood, partial);
                }
            }
        });
    }

    /// <summary>
    /// Log-sum-exp of one row's offset log densities (<see cref="VectorExp"/>), its responsibilities
    /// exp(l_c − max) / Σ exp(l − max), and the row's terms of the two totals (added to partial[0..1]).
    /// </summary>
    private static void Normalize(
        int row, Span<double> logProb, Span<double> scratch, double[]? responsibilities, double[]? rowLogLikelihood, Span<double> partial)
    {
        int k = logProb.Length;
        var scaled = scratch[..k];
        double max = double.NegativeInfinity;
        foreach (double v in logProb)
        {
            max = Math.Max(max, v);
        }

        double sum = VectorExp.ExpOfDifferences(logProb, max, scaled);
        double norm = max + Math.Log(sum);
        partial[0] += norm;
        if (rowLogLikelihood is not null)
        {
            rowLogLikelihood[row] = norm;
        }

        double negativeEntropy = 0;
        for (int c = 0; c < k; c++)
        {
            double r = scaled[c] / sum;
            if (r > 0)
            {
                negativeEntropy += r * (logProb[c] - norm);
            }

            scaled[c] = r;
        }

        partial[1] += negativeEntropy;
        if (responsibilities is not null)
        {
            scaled.CopyTo(responsibilities.AsSpan(row * k, k));
        }
    }

    /// <summary>The most probable component of each row from an n×k responsibility matrix.</summary>
    public static int[] ArgMax(double[] responsibilities, int rows, int k)
    {
        var labels = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            var row = responsibilities.AsSpan(i * k, k);
            int best = 0;
            for (int c = 1; c < k; c++)
            {
                if (row[c] > row[best])
                {
                    best = c;
                }
            }

            labels[i] = best;
        }

        return labels;
    }
}
