using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Data.Pushdown;

/// <summary>Options of k-means run inside a SQL engine (<see cref="PushdownKMeans"/>).</summary>
public sealed record PushdownKMeansOptions
{
    /// <summary>Number of clusters. Default 8, the size the bench and the engine notes measure.</summary>
    public int K { get; init; } = 8;

    /// <summary>
    /// Most engine scans (one per iteration). Default 20: Lloyd from a k-means++ start refined on a sample
    /// rarely needs more, and each iteration is a full scan of the feature table.
    /// </summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>
    /// Stop when no centroid moves farther than this (Euclidean, feature units). Default 1e-6: far below
    /// any meaningful feature difference, above double rounding of per-cluster means.
    /// </summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>
    /// Rows pulled (reservoir sample over the table in id order) to run k-means++ and in-process k-means for
    /// the start. Default 100,000: a start as good as the full data's at a fixed client memory.
    /// </summary>
    public int SampleSize { get; init; } = 100_000;

    /// <summary>Seed for the sample and the k-means++ start. Default null = the project's default seed (42).</summary>
    public int? Seed { get; init; }

    /// <summary>Reports all problems at once.</summary>
    public void Validate() => new ParameterErrors()
        .Require(K >= 1, nameof(K), $"must be at least 1 (got {K})")
        .Require(MaxIterations >= 1, nameof(MaxIterations), $"must be at least 1 (got {MaxIterations})")
        .Require(double.IsFinite(Tolerance) && Tolerance >= 0, nameof(Tolerance), $"must be finite and >= 0 (got {Tolerance})")
        .Require(SampleSize >= 1, nameof(SampleSize), $"must be at least 1 (got {SampleSize})")
        .ThrowIfAny();
}
