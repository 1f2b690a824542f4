using CustomerAtlas.Core.Clustering;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// One partition taken from a fit that yields many (a hierarchy cut at one k): it becomes a
/// candidate of its own on the leaderboard, without another fit.
/// </summary>
/// <param name="Variant">Parameter setting that rebuilds this partition with <see cref="AlgorithmSpec.Create"/> and <paramref name="K"/> (e.g. "gini=0.3").</param>
/// <param name="K">Number of clusters of the cut.</param>
/// <param name="Model">The model of this cut.</param>
/// <param name="GapRatio">
/// Merge-height gap ratio of the cut (<see cref="MergeHeightGaps.Ratios"/>): next merge height over the
/// highest merge made; null where the partition is not a hierarchy cut.
/// </param>
public sealed record CandidateCut(string Variant, int K, IClusterModel Model, double? GapRatio);
