using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>Settings of <see cref="GaussianMixtureClusterer"/> (EM for a Gaussian mixture).</summary>
public sealed record GaussianMixtureOptions
{
    /// <summary>Number of mixture components k. Default 8, the same default k as k-means, so switching algorithms keeps k.</summary>
    public int ComponentCount { get; init; } = 8;

    /// <summary>Shape of the component covariances. Default <see cref="CovarianceType.Full"/>: the most flexible, and cheap for the tens of features customer data has.</summary>
    public CovarianceType CovarianceType { get; init; } = CovarianceType.Full;

    /// <summary>
    /// EM stops when the mean log-likelihood per row changes by less than this. Default 1e-3
    /// (scikit-learn's): further iterations rarely move a label.
    /// </summary>
    public double Tolerance { get; init; } = 1e-3;

    /// <summary>
    /// Added to every covariance diagonal so components that collapse onto a few points or a
    /// constant feature stay invertible. Default 1e-6 (scikit-learn's), negligible on standardized data.
    /// </summary>
    public double RegCovar { get; init; } = 1e-6;

    /// <summary>Maximum EM iterations per initialization. Default 100 (scikit-learn's).</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>
    /// Number of initializations (each from its own k-means++ seeding); the fit with the highest
    /// log-likelihood is kept. Default 1, as scikit-learn; raise it for harder data.
    /// </summary>
    public int InitCount { get; init; } = 1;

    /// <summary>Seed of the initializations. Default null = <see cref="Seeds.Default"/>, so runs are reproducible.</summary>
    public int? Seed { get; init; }

    /// <summary>Threads for the E- and M-steps; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid setting.</summary>
    public void Validate() =>
        new ParameterErrors()
            .Require(ComponentCount >= 1, nameof(ComponentCount), $"must be at least 1, got {ComponentCount}")
            .Require(Enum.IsDefined(CovarianceType), nameof(CovarianceType), $"is not a known covariance type ({(int)CovarianceType})")
            .RequireIterationSettings(Tolerance, RegCovar, MaxIterations, InitCount, MaxDegreeOfParallelism)
            .ThrowIfAny();
}
