using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Clustering;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// The metric functions the search scores candidates with, passed in so the search does not
/// depend on one metrics implementation. Labels passed to the internal indices never contain
/// noise (the search removes noise rows first) and hold at least two clusters.
/// </summary>
public sealed record ValidityHooks
{
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
}
