using System.Numerics.Tensors;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.LinearAlgebra;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// Means and covariances of k Gaussian components with the factors that evaluate their log
/// densities: a Cholesky factor per component for full covariances (log det = 2 Σ log L_ii,
/// Mahalanobis distance = ‖L⁻¹(x − μ)‖²), inverse standard deviations otherwise.
/// Covariance layout: Full k×d×d, Diagonal k×d, Spherical k (row-major).
/// </summary>
internal sealed class GaussianComponents
{
    private static readonly double LogTwoPi = Math.Log(2 * Math.PI);

    private readonly Cholesky[] _cholesky;
    private readonly double[] _inverseStd;

    private GaussianComponents(
        CovarianceType type, int k, int d, double[] means, double[] covariances, Cholesky[] cholesky, double[] inverseStd, double[] logDet)
    {
        Type = type;
        ComponentCount = k;
        Dimension = d;
        Means = means;
        Covariances = covariances;
        _cholesky = cholesky;
        _inverseStd = inverseStd;
        LogDeterminants = logDet;
    }

    public CovarianceType Type { get; }

    public int ComponentCount { get; }

    public int Dimension { get; }

    public double[] Means { get; }

    public double[] Covariances { get; }

    /// <summary>log det Σ_c of each component.</summary>
    public double[] LogDeterminants { get; }

    /// <summary>Number of covariance values for the layout of <paramref name="type"/>.</summary>
    public static int CovarianceLength(CovarianceType type, int k, int d) => type switch
    {
        CovarianceType.Full => k * d * d,
        CovarianceType.Diagonal => k * d,
        _ => k,
    };

    /// <summary>Free parameters of the covariances (for BIC/AIC).</summary>
    public static int CovarianceParameters(CovarianceType type, int k, int d) => type switch
    {
        CovarianceType.Full => k * d * (d + 1) / 2,
        CovarianceType.Diagonal => k * d,
        _ => k,
    };

    /// <summary>
    /// Factors the covariances; false when one is not positive definite (a collapsed component).
    /// </summary>
    public static bool TryCreate(
        CovarianceType type, int k, int d, double[] means, double[] covariances, out GaussianComponents components)
    {
        var cholesky = type == CovarianceType.Full ? new Cholesky[k] : [];
        var inverseStd = new double[type == CovarianceType.Full ? 0 : covariances.Length];
        var logDet = new double[k];
        components = null!;
        if (type == CovarianceType.Full)
        {
            for (int c = 0; c < k; c++)
            {
                if (!Cholesky.TryDecompose(covariances[(c * d * d)..((c + 1) * d * d)], d, out var factor))
                {
                    return false;
                }

                cholesky[c] = factor;
                logDet[c] = factor.LogDeterminant();
            }
        }
        else
        {
            for (int i = 0; i < covariances.Length; i++)
            {
                if (!(covariances[i] > 0) || !double.IsFinite(covariances[i]))
                {
                    return false;
                }

                inverseStd[i] = 1.0 / Math.Sqrt(covariances[i]);
            }

            for (int c = 0; c < k; c++)
            {
                logDet[c] = type == CovarianceType.Diagonal
                    ? SumOfLogs(covariances.AsSpan(c * d, d))
                    : d * Math.Log(covariances[c]);
            }
        }

        components = new GaussianComponents(type, k, d, means, covariances, cholesky, inverseStd, logDet);
        return true;
    }

    /// <summary>
    /// log N(x | μ_c, Σ_c) for every component into <paramref name="output"/>;
    /// <paramref name="scratch"/> needs d values.
    /// </summary>
    public void LogDensities(ReadOnlySpan<double> x, Span<double> output, Span<double> scratch)
    {
        int d = Dimension;
        for (int c = 0; c < ComponentCount; c++)
        {
            var mean = Means.AsSpan(c * d, d);
            double mahalanobis = 0;
            switch (Type)
            {
                case CovarianceType.Full:
                    TensorPrimitives.Subtract(x, mean, scratch);
                    _cholesky[c].SolveLowerInPlace(scratch);
                    mahalanobis = TensorPrimitives.SumOfSquares<double>(scratch);
                    break;
                case CovarianceType.Diagonal:
                    TensorPrimitives.Subtract(x, mean, scratch);
                    TensorPrimitives.Multiply(scratch, _inverseStd.AsSpan(c * d, d), scratch);
                    mahalanobis = TensorPrimitives.SumOfSquares<double>(scratch);
                    break;
                default:
                    TensorPrimitives.Subtract(x, mean, scratch);
                    mahalanobis = TensorPrimitives.SumOfSquares<double>(scratch) * _inverseStd[c] * _inverseStd[c];
                    break;
            }

            output[c] = -0.5 * ((d * LogTwoPi) + LogDeterminants[c] + mahalanobis);
        }
    }

    /// <summary>
    /// The most-probable-component rule of components <paramref name="order"/> (label j is component order[j]) with
    /// per-component log offsets (log weights): argmin of log det Σ_c − 2 offset_c + ‖W_c (x − μ_c)‖², the same
    /// comparison as the maximum of offset_c + log N(x | μ_c, Σ_c). W_c is the inverse Cholesky factor (full) or
    /// the inverse standard deviations on the diagonal.
    /// </summary>
    public GaussianScoreRule ScoreRule(ReadOnlySpan<double> logOffsets, IReadOnlyList<int> order)
    {
        int d = Dimension;
        int k = order.Count;
        var offsets = new double[k];
        var means = new double[k * d];
        var whitening = new double[k * d * d];
        var unit = new double[d];
        for (int j = 0; j < k; j++)
        {
            int c = order[j];
            double offset = LogDeterminants[c] - (2 * logOffsets[c]);
            offsets[j] = double.IsFinite(offset) ? offset : double.PositiveInfinity;
            Means.AsSpan(c * d, d).CopyTo(means.AsSpan(j * d, d));
            var w = whitening.AsSpan(j * d * d, d * d);
            for (int column = 0; column < d; column++)
            {
                if (Type == CovarianceType.Full)
                {
                    // Column `column` of L⁻¹: the forward substitution Predict runs, applied to a unit vector.
                    Array.Clear(unit);
                    unit[column] = 1;
                    _cholesky[c].SolveLowerInPlace(unit);
                    for (int row = column; row < d; row++)
                    {
                        w[(row * d) + column] = unit[row];
                    }
                }
                else
                {
                    w[(column * d) + column] = _inverseStd[Type == CovarianceType.Diagonal ? (c * d) + column : c];
                }
            }
        }

        return new GaussianScoreRule(d, offsets, means, whitening);
    }

    /// <summary>The variance of feature <paramref name="feature"/> in component <paramref name="component"/> (diagonal or spherical).</summary>
    public double Variance(int component, int feature) => Type switch
    {
        CovarianceType.Diagonal => Covariances[(component * Dimension) + feature],
        CovarianceType.Spherical => Covariances[component],
        _ => Covariances[(component * Dimension * Dimension) + (feature * Dimension) + feature],
    };

    private static double SumOfLogs(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += Math.Log(v);
        }

        return sum;
    }
}
