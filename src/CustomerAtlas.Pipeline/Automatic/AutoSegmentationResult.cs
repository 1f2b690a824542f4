using CustomerAtlas.Core.Profiling;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>Everything the automatic segmentation found and checked.</summary>
/// <param name="Selection">The search: chosen candidate, labels, leaderboard, stability.</param>
/// <param name="Preparations">Names of the preprocessing choices compared.</param>
/// <param name="Consensus">Consensus of the best candidates (null when fewer than two were feasible).</param>
/// <param name="Sensitivity">ARI of the chosen partition under other seeds and preprocessing.</param>
/// <param name="Explanation">Names, drivers, rules, actions, outcomes, fairness, confidence, narratives.</param>
/// <param name="FeatureNames">Clustering features used (outcomes and protected attributes excluded).</param>
/// <param name="ExcludedColumns">Columns removed from the features because they are outcomes or protected attributes.</param>
public sealed record AutoSegmentationResult(
    SelectionResult Selection,
    IReadOnlyList<string> Preparations,
    ConsensusReport? Consensus,
    IReadOnlyList<SensitivityEntry> Sensitivity,
    SegmentationExplanation Explanation,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<string> ExcludedColumns);
