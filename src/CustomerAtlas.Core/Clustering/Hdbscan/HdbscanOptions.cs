using CustomerAtlas.Core.Graphs;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Hdbscan;

/// <summary>Options of <see cref="HdbscanClusterer"/>.</summary>
public sealed record HdbscanOptions
{
    /// <summary>
    /// Smallest group of points that counts as a cluster; smaller splits are points falling out
    /// of their parent. Default 5, as in scikit-learn and the hdbscan library.
    /// </summary>
    public int MinClusterSize { get; init; } = 5;

    /// <summary>
    /// Neighbours (the point itself included, as in scikit-learn) whose distance defines a
    /// point's core distance; larger values make the method more conservative (more noise).
    /// Default null: equal to <see cref="MinClusterSize"/>, the libraries' default.
    /// </summary>
    public int? MinSamples { get; init; }

    /// <summary>How flat clusters are chosen. Default <see cref="ClusterSelectionMethod.ExcessOfMass"/>, the method of the HDBSCAN paper.</summary>
    public ClusterSelectionMethod ClusterSelection { get; init; } = ClusterSelectionMethod.ExcessOfMass;

    /// <summary>
    /// Whether the whole data set may be returned as one cluster. Default false, as in the
    /// libraries: without it excess of mass always splits at least once (or reports all noise).
    /// </summary>
    public bool AllowSingleCluster { get; init; }

    /// <summary>How the mutual-reachability MST is computed. Default <see cref="SpanningTreeMethod.Auto"/>.</summary>
    public SpanningTreeMethod SpanningTree { get; init; } = SpanningTreeMethod.Auto;

    /// <summary>Threads for neighbour searches and the MST (-1 = all cores). Default -1; results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The effective <see cref="MinSamples"/>.</summary>
    public int EffectiveMinSamples => MinSamples ?? MinClusterSize;

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(MinClusterSize >= 2, nameof(MinClusterSize), $"must be at least 2 (got {MinClusterSize}).")
            .Require(MinSamples is null or >= 1, nameof(MinSamples), $"must be at least 1 (got {MinSamples}).")
            .Require(Enum.IsDefined(ClusterSelection), nameof(ClusterSelection), $"unknown value {ClusterSelection}.")
            .Require(Enum.IsDefined(SpanningTree), nameof(SpanningTree), $"unknown value {SpanningTree}.")
            .Require(Internal.ParallelismCheck.IsValid(MaxDegreeOfParallelism), nameof(MaxDegreeOfParallelism), "must be -1 (all cores) or at least 1.")
            .ThrowIfAny();
    }
}
