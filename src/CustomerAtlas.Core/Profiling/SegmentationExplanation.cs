using CustomerAtlas.Core.Explanation;
using CustomerAtlas.Core.Explanation.DecisionTree;
using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Profiling;

/// <summary>A named outcome analysed by segment.</summary>
/// <param name="Name">Outcome column.</param>
/// <param name="Report">Rates or means, lifts and the test.</param>
public sealed record NamedOutcome(string Name, OutcomeReport Report);

/// <summary>Everything that explains a segmentation: validity, drivers, rules, names, actions, outcomes, fairness.</summary>
/// <param name="FeatureNames">Features, in column order.</param>
/// <param name="Roles">Recognised role of each feature.</param>
/// <param name="Segments">Per-segment evidence (name, drivers, rule, outcomes, actions), with its narrative.</param>
/// <param name="Narratives">One paragraph per segment.</param>
/// <param name="Rules">All rules of the explanation tree, by segment.</param>
/// <param name="StandardizedDifferences">[segment][feature].</param>
/// <param name="Importances">Permutation importances (overall and per segment).</param>
/// <param name="DiscriminantValidity">Cross-validated accuracy of the tree predicting the segment.</param>
/// <param name="TreeAccuracy">Training accuracy of the shallow rule tree (how much of the segmentation the rules capture).</param>
/// <param name="Confidence">Assignment confidence of every row.</param>
/// <param name="Outcomes">Outcome analyses.</param>
/// <param name="Fairness">Composition by protected attribute.</param>
public sealed record SegmentationExplanation(
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<FeatureRole> Roles,
    IReadOnlyList<SegmentEvidence> Segments,
    IReadOnlyList<string> Narratives,
    IReadOnlyList<SegmentRule> Rules,
    IReadOnlyList<IReadOnlyList<double>> StandardizedDifferences,
    FeatureImportances Importances,
    CrossValidationResult DiscriminantValidity,
    double TreeAccuracy,
    IReadOnlyList<double> Confidence,
    IReadOnlyList<NamedOutcome> Outcomes,
    IReadOnlyList<FairnessReport> Fairness);
