using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>Options of <see cref="AgglomerativeClusterer"/>.</summary>
public sealed record AgglomerativeOptions
{
    /// <summary>
    /// Rows above which complete and average linkage are refused: they keep the condensed
    /// distance matrix in float32, n(n-1)/2 × 4 bytes (about 0.8 GB at this limit). Ward and
    /// single linkage have no such limit (O(n·d) and O(n) memory).
    /// </summary>
    public const int MaxMatrixRows = 20_000;

    /// <summary>Number of clusters at which the dendrogram is cut. Default 2, the smallest non-trivial split.</summary>
    public int ClusterCount { get; init; } = 2;

    /// <summary>Linkage criterion. Default <see cref="Linkage.Ward"/>: compact, k-means-like clusters.</summary>
    public Linkage Linkage { get; init; } = Linkage.Ward;

    /// <summary>
    /// Distance between rows for complete, average and single linkage (ward is defined for
    /// Euclidean only). Default <see cref="DistanceMetric.Euclidean"/>, as scikit-learn and scipy.
    /// Also used by <see cref="AgglomerativeModel.Predict"/> to find the nearest cluster centroid.
    /// </summary>
    public DistanceMetric Metric { get; init; } = DistanceMetric.Euclidean;

    /// <summary>Most threads to use; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws an <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(ClusterCount >= 1, nameof(ClusterCount), $"must be at least 1 (got {ClusterCount})")
            .Require(Enum.IsDefined(Linkage), nameof(Linkage), $"unknown linkage {Linkage}")
            .Require(Enum.IsDefined(Metric), nameof(Metric), $"unknown metric {Metric}")
            .Require(Linkage != Linkage.Ward || Metric == DistanceMetric.Euclidean, nameof(Metric),
                $"ward linkage is defined for Euclidean distance only (got {Metric})")
            .Require(ParallelismCheck.IsValid(MaxDegreeOfParallelism), nameof(MaxDegreeOfParallelism),
                $"must be -1 (all cores) or at least 1 (got {MaxDegreeOfParallelism})")
            .ThrowIfAny();
    }
}
