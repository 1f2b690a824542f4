using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.BayesianGaussianMixture;

/// <summary>Settings of <see cref="BayesianGaussianMixtureClusterer"/> (variational Dirichlet-process mixture).</summary>
public sealed record BayesianGaussianMixtureOptions
{
    /// <summary>
    /// Upper bound on the number of components; the fit switches off those the data does not need.
    /// Default 10: more segments than a business uses, so the bound rarely binds.
    /// </summary>
    public int MaxComponents { get; init; } = 10;

    /// <summary>
    /// Shape of the component covariances: <see cref="CovarianceType.Full"/> (default: most flexible)
    /// or <see cref="CovarianceType.Diagonal"/>. Spherical is not offered for the variational mixture.
    /// </summary>
    public CovarianceType CovarianceType { get; init; } = CovarianceType.Full;

    /// <summary>
    /// Concentration γ₀ of the stick-breaking (Dirichlet-process) prior on the weights: smaller values
    /// switch off more components. Default null = 1 / <see cref="MaxComponents"/> (scikit-learn's default).
    /// </summary>
    public double? WeightConcentrationPrior { get; init; }

    /// <summary>Precision prior β₀ on the means (how strongly means are pulled to the data mean). Default null = 1.</summary>
    public double? MeanPrecisionPrior { get; init; }

    /// <summary>Degrees of freedom ν₀ of the Wishart prior on precisions; must exceed d − 1. Default null = d (the weakest proper prior).</summary>
    public double? DegreesOfFreedomPrior { get; init; }

    /// <summary>Stop when the variational lower bound (summed over rows) changes by less than this. Default 1e-3 (scikit-learn's).</summary>
    public double Tolerance { get; init; } = 1e-3;

    /// <summary>Added to the empirical covariance diagonals each M-step. Default 1e-6 (scikit-learn's).</summary>
    public double RegCovar { get; init; } = 1e-6;

    /// <summary>Maximum iterations per initialization. Default 200: components die slowly, so it needs more than EM's 100.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Number of k-means initializations; the highest lower bound wins. Default 1.</summary>
    public int InitCount { get; init; } = 1;

    /// <summary>Seed of the initializations. Default null = <see cref="Seeds.Default"/>.</summary>
    public int? Seed { get; init; }

    /// <summary>Threads for the E- and M-steps; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid setting.</summary>
    public void Validate() =>
        new ParameterErrors()
            .Require(MaxComponents >= 1, nameof(MaxComponents), $"must be at least 1, got {MaxComponents}")
            .Require(CovarianceType is CovarianceType.Full or CovarianceType.Diagonal, nameof(CovarianceType), $"must be Full or Diagonal, got {CovarianceType}")
            .Require(WeightConcentrationPrior is null or > 0, nameof(WeightConcentrationPrior), $"must be > 0, got {WeightConcentrationPrior}")
            .Require(MeanPrecisionPrior is null or > 0, nameof(MeanPrecisionPrior), $"must be > 0, got {MeanPrecisionPrior}")
            .Require(DegreesOfFreedomPrior is null || double.IsFinite(DegreesOfFreedomPrior.Value), nameof(DegreesOfFreedomPrior), "must be finite")
            .RequireIterationSettings(Tolerance, RegCovar, MaxIterations, InitCount, MaxDegreeOfParallelism)
            .ThrowIfAny();
}
