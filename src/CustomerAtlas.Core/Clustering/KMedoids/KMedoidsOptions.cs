using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.KMedoids;

/// <summary>Options of <see cref="KMedoidsClusterer"/>.</summary>
public sealed record KMedoidsOptions
{
    /// <summary>
    /// Rows up to which the n × n distance matrix is computed once and kept (float32, n² × 4 bytes:
    /// 400 MB at this limit). Above it, distances are recomputed for every candidate row: the same
    /// answer in O(n·k) memory, at the cost of O(n²·d) distance work per swap pass.
    /// </summary>
    public const int MaxPrecomputedRows = 10_000;

    /// <summary>Number of medoids k. Default 2, the smallest non-trivial split.</summary>
    public int ClusterCount { get; init; } = 2;

    /// <summary>
    /// The dissimilarity between rows; any <see cref="IDistance"/> works (e.g. <see cref="GowerDistance"/>
    /// over <see cref="Data.MixedData.ToCombined"/> rows). Default Euclidean.
    /// </summary>
    public IDistance Distance { get; init; } = EuclideanDistance.Instance;

    /// <summary>
    /// Most full passes over the candidate rows in the swap phase. Default 100: FasterPAM
    /// typically converges in a handful; the cap bounds the worst case.
    /// </summary>
    public int MaxSwapPasses { get; init; } = 100;

    /// <summary>Most threads to use; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws an <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(ClusterCount >= 1, nameof(ClusterCount), $"must be at least 1 (got {ClusterCount})")
            .Require(Distance is not null, nameof(Distance), "must be set")
            .Require(MaxSwapPasses >= 0, nameof(MaxSwapPasses), $"must be non-negative (got {MaxSwapPasses})")
            .Require(ParallelismCheck.IsValid(MaxDegreeOfParallelism), nameof(MaxDegreeOfParallelism),
                $"must be -1 (all cores) or at least 1 (got {MaxDegreeOfParallelism})")
            .ThrowIfAny();
    }
}
