using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Clustering.BayesianGaussianMixture;

/// <summary>
/// The variational posterior q(π) q(μ, Λ) of the Dirichlet-process mixture (Bishop 2006 §10.2,
/// Blei &amp; Jordan 2006): Beta(α_c, β_c) stick fractions and a Gaussian–Wishart per component with
/// mean m_c, mean precision β_c, degrees of freedom ν_c and scale W_c. <see cref="Components"/>
/// holds Gaussians with covariance W_c⁻¹ / ν_c (the inverse of E[Λ_c]), so the E-step is the EM
/// one plus per-component offsets.
/// </summary>
internal sealed class VariationalPosterior
{
    private static readonly double LogTwo = Math.Log(2);

    private VariationalPosterior(
        double[] alpha, double[] beta, double[] meanPrecision, double[] degreesOfFreedom, GaussianComponents components)
    {
        Alpha = alpha;
        Beta = beta;
        MeanPrecision = meanPrecision;
        DegreesOfFreedom = degreesOfFreedom;
        Components = components;
    }

    public double[] Alpha { get; }

    public double[] Beta { get; }

    public double[] MeanPrecision { get; }

    public double[] DegreesOfFreedom { get; }

    public GaussianComponents Components { get; }

    /// <summary>Builds the posterior from its parameters; null when a covariance is not positive definite.</summary>
    public static VariationalPosterior? Create(
        CovarianceType type, int d, double[] alpha, double[] beta, double[] meanPrecision, double[] means, double[] degreesOfFreedom, double[] covariances) =>
        GaussianComponents.TryCreate(type, alpha.Length, d, means, covariances, out var components)
            ? new VariationalPosterior(alpha, beta, meanPrecision, degreesOfFreedom, components)
            : null;

    /// <summary>The variational M-step: the posterior given soft counts, means and covariances of the rows.</summary>
    public static VariationalPosterior Update(SufficientStatistics.Result stats, MixturePriors prior, CovarianceType type, int d)
    {
        int k = stats.Counts.Length;
        var (alpha, beta) = StickBreaking.Posterior(stats.Counts, prior.WeightConcentration);
        var meanPrecision = new double[k];
        var means = new double[k * d];
        var dof = new double[k];
        var covariances = new double[GaussianComponents.CovarianceLength(type, k, d)];
        var diff = new double[d];
        for (int c = 0; c < k; c++)
        {
            double nk = stats.Counts[c];
            meanPrecision[c] = prior.MeanPrecision + nk;
            dof[c] = prior.DegreesOfFreedom + nk;
            for (int f = 0; f < d; f++)
            {
                double xk = stats.Means[(c * d) + f];
                means[(c * d) + f] = ((prior.MeanPrecision * prior.Mean[f]) + (nk * xk)) / meanPrecision[c];
                diff[f] = xk - prior.Mean[f];
            }

            // W_c⁻¹ = W₀⁻¹ + N_c S_c + (β₀ N_c / β_c) (x̄_c − m₀)(x̄_c − m₀)ᵀ, stored divided by ν_c.
            double shrink = nk * prior.MeanPrecision / meanPrecision[c];
            if (type == CovarianceType.Full)
            {
                for (int a = 0; a < d; a++)
                {
                    for (int b = 0; b < d; b++)
                    {
                        int at = (a * d) + b;
                        covariances[(c * d * d) + at] =
                            (prior.CovariancePrior[at] + (nk * stats.Covariances[(c * d * d) + at]) + (shrink * diff[a] * diff[b])) / dof[c];
                    }
                }
            }
            else
            {
                for (int f = 0; f < d; f++)
                {
                    covariances[(c * d) + f] =
                        (prior.CovariancePrior[f] + (nk * stats.Covariances[(c * d) + f]) + (shrink * diff[f] * diff[f])) / dof[c];
                }
            }
        }

        return Create(type, d, alpha, beta, meanPrecision, means, dof, covariances)
            ?? throw new ArgumentException(
                "A variational component's covariance is not positive definite; use a larger RegCovar.",
                nameof(BayesianGaussianMixtureOptions.RegCovar));
    }

    /// <summary>
    /// Per-component terms added to log N(x | m_c, W_c⁻¹/ν_c) in the E-step (Bishop eqs. 10.64–10.66):
    /// E[ln π_c] − (d/2) ln ν_c + ½ (E[ln |Λ_c|] − d / β_c), with E[ln |Λ_c|] = d ln 2 + ln |W_c| + Σ_i ψ((ν_c − i)/2).
    /// </summary>
    public double[] Offsets()
    {
        int k = Alpha.Length, d = Components.Dimension;
        var logWeights = StickBreaking.ExpectedLogWeights(Alpha, Beta);
        var offsets = new double[k];
        for (int c = 0; c < k; c++)
        {
            double expectedLogDetShift = d * LogTwo;
            for (int i = 0; i < d; i++)
            {
                expectedLogDetShift += SpecialFunctions.Digamma(0.5 * (DegreesOfFreedom[c] - i));
            }

            offsets[c] = logWeights[c] - (0.5 * d * Math.Log(DegreesOfFreedom[c])) + (0.5 * (expectedLogDetShift - (d / MeanPrecision[c])));
        }

        return offsets;
    }

    /// <summary>
    /// The evidence lower bound up to a constant, as scikit-learn computes it: the entropy of the
    /// responsibilities, minus the Wishart and Beta normalizers and the mean-precision term.
    /// </summary>
    /// <param name="sumResponsibilityLogResponsibility">Σ_i Σ_c r_ic ln r_ic from the E-step.</param>
    public double LowerBound(double sumResponsibilityLogResponsibility)
    {
        int k = Alpha.Length, d = Components.Dimension;
        double logWishart = 0, logBeta = 0, logMeanPrecision = 0;
        for (int c = 0; c < k; c++)
        {
            double nu = DegreesOfFreedom[c];

            // ln |chol(E[Λ_c])| = −½ ln |W_c⁻¹/ν_c|, minus (d/2) ln ν_c gives ½ ln |W_c|.
            double halfLogDetW = (-0.5 * Components.LogDeterminants[c]) - (0.5 * d * Math.Log(nu));
            double normalizer = (nu * halfLogDetW) + (nu * d * 0.5 * LogTwo);
            for (int i = 0; i < d; i++)
            {
                normalizer += SpecialFunctions.LogGamma(0.5 * (nu - i));
            }

            logWishart -= normalizer;
            logBeta += SpecialFunctions.LogGamma(Alpha[c]) + SpecialFunctions.LogGamma(Beta[c]) - SpecialFunctions.LogGamma(Alpha[c] + Beta[c]);
            logMeanPrecision += Math.Log(MeanPrecision[c]);
        }

        return -sumResponsibilityLogResponsibility - logWishart + logBeta - (0.5 * d * logMeanPrecision);
    }
}
