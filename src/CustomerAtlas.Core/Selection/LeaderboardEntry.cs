namespace CustomerAtlas.Core.Selection;

/// <summary>One row of the leaderboard: a candidate, what happened to it, and its indices.</summary>
/// <param name="Rank">1 = chosen; candidates without a score are ranked after every scored one.</param>
/// <param name="Candidate">The candidate's description ("kmeans k=4 on zscore").</param>
/// <param name="Preprocessing">Preparation name.</param>
/// <param name="Algorithm">Algorithm name.</param>
/// <param name="Variant">Parameter setting ("" when none).</param>
/// <param name="RequestedK">k asked for, or null.</param>
/// <param name="Status">Outcome.</param>
/// <param name="Reason">Why it is infeasible, failed or skipped; null otherwise.</param>
/// <param name="K">Clusters found (noise excluded), or null when not fitted.</param>
/// <param name="NoiseShare">Share of rows labelled noise.</param>
/// <param name="SmallestShare">Share of rows in the smallest cluster.</param>
/// <param name="Silhouette">Mean silhouette on the evaluation sample.</param>
/// <param name="CalinskiHarabasz">Calinski–Harabasz index on the evaluation sample.</param>
/// <param name="DaviesBouldin">Davies–Bouldin index on the evaluation sample.</param>
/// <param name="Bic">BIC where the model has a likelihood.</param>
/// <param name="Stability">Mean bootstrap ARI.</param>
/// <param name="Score">Combined score in [0, 1] (see <see cref="ScoreWeights"/>).</param>
/// <param name="FitSeconds">Seconds spent fitting (and assigning) the candidate.</param>
/// <param name="NeighbourModularity">Modularity of the partition on the evaluation sample's nearest-neighbour graph (see <see cref="SelectionOptions.BoundaryNeighbours"/>); null when not measured.</param>
/// <param name="GapRatio">For hierarchy cuts, the next merge height over the highest merge made (see <see cref="Clustering.MergeHeightGaps.Ratios"/>); null otherwise.</param>
/// <param name="ValleyRatio">Valley ratio of the partition on the valley sample (see <see cref="SelectionOptions.ValleyRows"/> and <see cref="SelectionOptions.ValleyRatio"/>); null when not measured.</param>
/// <param name="NeighbourCutRatio">Neighbour edges the partition cuts relative to chance on the same graph (see <see cref="CandidateIndices.NeighbourCutRatio"/> and <see cref="SelectionOptions.BoundaryCutShare"/>); null when not measured.</param>
public sealed record LeaderboardEntry(
    int Rank,
    string Candidate,
    string Preprocessing,
    string Algorithm,
    string Variant,
    int? RequestedK,
    CandidateStatus Status,
    string? Reason,
    int? K,
    double? NoiseShare,
    double? SmallestShare,
    double? Silhouette,
    double? CalinskiHarabasz,
    double? DaviesBouldin,
    double? Bic,
    double? Stability,
    double? Score,
    double FitSeconds,
    double? GapRatio = null,
    double? NeighbourModularity = null,
    double? ValleyRatio = null,
    double? NeighbourCutRatio = null);
