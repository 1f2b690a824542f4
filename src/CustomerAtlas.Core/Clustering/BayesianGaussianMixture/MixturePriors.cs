using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering.BayesianGaussianMixture;

/// <summary>
/// The prior of the variational mixture (Bishop 2006, §10.2): stick-breaking concentration γ₀,
/// Gaussian–Wishart with mean m₀ (the data mean), mean precision β₀, degrees of freedom ν₀ and
/// scale W₀⁻¹ (the data covariance, or its diagonal).
/// </summary>
internal sealed record MixturePriors(double WeightConcentration, double MeanPrecision, double DegreesOfFreedom, double[] Mean, double[] CovariancePrior)
{
    public static MixturePriors From(Matrix<double> data, BayesianGaussianMixtureOptions options)
    {
        int n = data.Rows, d = data.Cols;
        var mean = new double[d];
        for (int i = 0; i < n; i++)
        {
            var row = data.RowReadOnly(i);
            for (int f = 0; f < d; f++)
            {
                mean[f] += row[f];
            }
        }

        for (int f = 0; f < d; f++)
        {
            mean[f] /= n;
        }

        // Unbiased covariance (n − 1), as numpy.cov; a single row gives no spread, so fall back to identity.
        double divisor = Math.Max(n - 1, 1);
        bool full = options.CovarianceType == CovarianceType.Full;
        var covariance = new double[full ? d * d : d];
        for (int i = 0; i < n; i++)
        {
            var row = data.RowReadOnly(i);
            for (int a = 0; a < d; a++)
            {
                double za = row[a] - mean[a];
                if (full)
                {
                    for (int b = 0; b < d; b++)
                    {
                        covariance[(a * d) + b] += za * (row[b] - mean[b]) / divisor;
                    }
                }
                else
                {
                    covariance[a] += za * za / divisor;
                }
            }
        }

        if (n == 1)
        {
            for (int a = 0; a < d; a++)
            {
                covariance[full ? (a * d) + a : a] = 1.0;
            }
        }

        double dof = options.DegreesOfFreedomPrior ?? d;
        if (dof <= d - 1)
        {
            throw new ArgumentException(
                $"DegreesOfFreedomPrior must exceed the number of features minus one ({d - 1}); got {dof}.",
                nameof(BayesianGaussianMixtureOptions.DegreesOfFreedomPrior));
        }

        return new MixturePriors(
            options.WeightConcentrationPrior ?? 1.0 / options.MaxComponents,
            options.MeanPrecisionPrior ?? 1.0,
            dof,
            mean,
            covariance);
    }
}
