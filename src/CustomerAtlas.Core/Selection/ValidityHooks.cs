using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// The metric functions the search scores candidates with, passed in so the search does not
/// depend on one metrics implementation (tests may pass simple ones; <see cref="Default"/> uses
/// Core.Metrics). Labels passed to the internal indices may contain noise (−1, to be left out)
/// and always hold at least two clusters and fewer clusters than clustered rows.
/// </summary>
public sealed record ValidityHooks
{
    /// <summary>The library's metrics: exact silhouette, CH, DB and ARI from Core.Metrics, and the BIC of Gaussian mixtures.</summary>
    public static ValidityHooks Default { get; } = new()
    {
        Silhouette = (data, labels) => Metrics.Silhouette.Score(data, labels),
        CalinskiHarabasz = (data, labels) => Metrics.CalinskiHarabasz.Score(data, labels),
        DaviesBouldin = (data, labels) => Metrics.DaviesBouldin.Score(data, labels),
        AdjustedRand = (a, b) => AdjustedRandIndex.Score(a, b),
        Bic = AlgorithmCatalog.Bic,
        DensityValidity = (data, labels) => Metrics.DensityBasedValidity.Score(data, labels, DensityValidityRows),
    };

    /// <summary>Rows the default DBCV hook scores (a seeded sample above it): DBCV is quadratic.</summary>
    public const int DensityValidityRows = 1500;

    /// <summary>Mean silhouette width in [−1, 1]; higher is better.</summary>
    public required Func<Matrix<double>, int[], double> Silhouette { get; init; }

    /// <summary>Calinski–Harabasz variance ratio; higher is better.</summary>
    public required Func<Matrix<double>, int[], double> CalinskiHarabasz { get; init; }

    /// <summary>Davies–Bouldin index; lower is better.</summary>
    public required Func<Matrix<double>, int[], double> DaviesBouldin { get; init; }

    /// <summary>Adjusted Rand index of two labelings of the same rows (noise, −1, is an ordinary label here).</summary>
    public required Func<int[], int[], double> AdjustedRand { get; init; }

    /// <summary>
    /// Bayesian information criterion of a fitted model on the data it was fitted on (lower is
    /// better), or null where the model has no likelihood. Optional.
    /// </summary>
    public Func<IClusterModel, Matrix<double>, double?>? Bic { get; init; }

    /// <summary>
    /// Density-based validity (DBCV, higher is better; noise rows −1 allowed), for the k-choice of
    /// density families (<see cref="FamilyKChoice.DensityValidity"/>). Optional: without it those
    /// families compete on the cross-family score alone.
    /// </summary>
    public Func<Matrix<double>, int[], double>? DensityValidity { get; init; }
}
