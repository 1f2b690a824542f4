using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// The E-step shared by the EM and variational mixtures: for each row, the weighted log
/// probability of every component (log density + a per-component offset such as log π_c),
/// normalized with log-sum-exp into responsibilities.
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
        int d = data.Cols;
        var offsetArray = offsets.ToArray();
        var sums = OrderedBlockSum.Sum(data.Rows, 2, maxDegreeOfParallelism, (start, end, partial) =>
        {
            var logProb = new double[k];
            var scratch = new double[d];
            for (int i = start; i < end; i++)
            {
                components.LogDensities(data.RowReadOnly(i), logProb, scratch);
                for (int c = 0; c < k; c++)
                {
                    logProb[c] += offsetArray[c];
                }

                double norm = LogSumExp.Compute(logProb);
                partial[0] += norm;
                if (rowLogLikelihood is not null)
                {
                    rowLogLikelihood[i] = norm;
                }

                for (int c = 0; c < k; c++)
                {
                    double logResp = logProb[c] - norm;
                    double r = Math.Exp(logResp);
                    if (r > 0)
                    {
                        partial[1] += r * logResp;
                    }

                    if (responsibilities is not null)
                    {
                        responsibilities[(i * k) + c] = r;
                    }
                }
            }
        });
        return new Totals(sums[0], sums[1]);
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
