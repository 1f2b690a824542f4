using CustomerAtlas.Core.Graphs;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Genie;

/// <summary>Options of <see cref="GenieClusterer"/>.</summary>
public sealed record GenieOptions
{
    /// <summary>
    /// Number of clusters to cut the hierarchy at. Default null: chosen without labels among
    /// 2..<see cref="MaxAutoClusterCount"/> by <see cref="AutoCriterion"/>.
    /// </summary>
    public int? ClusterCount { get; init; }

    /// <summary>
    /// Gini index of cluster sizes above which only a smallest cluster may be merged. Default 0.3,
    /// the value Gagolewski et al. recommend from their benchmark; 1.0 gives single linkage.
    /// </summary>
    public double GiniThreshold { get; init; } = 0.3;

    /// <summary>
    /// Smoothing factor M of genie+: with M &gt; 1 the MST uses mutual-reachability distances over
    /// M neighbours (self included) and MST leaves become noise points. Default 1 (classic
    /// Genie on Euclidean distances, no noise), the setting of the published benchmark results.
    /// </summary>
    public int MinSamples { get; init; } = 1;

    /// <summary>What happens to noise points when <see cref="MinSamples"/> &gt; 1. Default <see cref="GenieNoiseAssignment.Boundary"/>, as in genieclust.</summary>
    public GenieNoiseAssignment NoiseAssignment { get; init; } = GenieNoiseAssignment.Boundary;

    /// <summary>How the cluster count is chosen when <see cref="ClusterCount"/> is null. Default <see cref="GenieAutoCriterion.DensityValidity"/> (the better of the two on the benchmark suite).</summary>
    public GenieAutoCriterion AutoCriterion { get; init; } = GenieAutoCriterion.DensityValidity;

    /// <summary>Seed of the row sample the density validity is computed on. Default null = <see cref="Internal.Seeds.Default"/>.</summary>
    public int? Seed { get; init; }

    /// <summary>Upper end of the automatic cluster-count search when <see cref="ClusterCount"/> is null. Default 20: segmentations beyond that are rarely actionable.</summary>
    public int MaxAutoClusterCount { get; init; } = 20;

    /// <summary>How the MST is computed. Default <see cref="SpanningTreeMethod.Auto"/> (k-d tree Borůvka in low dimensions, Prim above).</summary>
    public SpanningTreeMethod SpanningTree { get; init; } = SpanningTreeMethod.Auto;

    /// <summary>Threads for the MST (-1 = all cores). Default -1; results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(ClusterCount is null or >= 1, nameof(ClusterCount), $"must be at least 1 (got {ClusterCount}).")
            .Require(GiniThreshold is >= 0 and <= 1, nameof(GiniThreshold), $"must lie in [0, 1] (got {GiniThreshold}).")
            .Require(MinSamples >= 1, nameof(MinSamples), $"must be at least 1 (got {MinSamples}).")
            .Require(Enum.IsDefined(NoiseAssignment), nameof(NoiseAssignment), $"unknown value {NoiseAssignment}.")
            .Require(Enum.IsDefined(AutoCriterion), nameof(AutoCriterion), $"unknown value {AutoCriterion}.")
            .Require(MaxAutoClusterCount >= 2, nameof(MaxAutoClusterCount), $"must be at least 2 (got {MaxAutoClusterCount}).")
            .Require(Enum.IsDefined(SpanningTree), nameof(SpanningTree), $"unknown value {SpanningTree}.")
            .Require(Internal.ParallelismCheck.IsValid(MaxDegreeOfParallelism), nameof(MaxDegreeOfParallelism), "must be -1 (all cores) or at least 1.")
            .ThrowIfAny();
    }
}
