using CustomerAtlas.Core.Explanation.DecisionTree;

namespace CustomerAtlas.Core.Profiling;

/// <summary>An outcome figure of one segment, as the narrative cites it.</summary>
/// <param name="Outcome">Outcome name (e.g. "Churn").</param>
/// <param name="IsRate">True for a 0/1 outcome (value is a rate), false for a mean.</param>
/// <param name="Value">Segment rate or mean.</param>
/// <param name="Population">Population rate or mean.</param>
/// <param name="Lift">Value / Population.</param>
/// <param name="PValue">p-value of the test across all segments.</param>
public sealed record OutcomeFigure(string Outcome, bool IsRate, double Value, double Population, double Lift, double PValue);

/// <summary>Everything known about one segment, from which its narrative is written.</summary>
/// <param name="Segment">Segment index.</param>
/// <param name="Name">Segment name.</param>
/// <param name="Size">Customers in the segment.</param>
/// <param name="Share">Share of all customers.</param>
/// <param name="Drivers">Drivers, strongest first.</param>
/// <param name="Rule">The segment's best rule (highest coverage), if the tree has one for it.</param>
/// <param name="Outcomes">Outcome figures.</param>
/// <param name="StabilityJaccard">Bootstrap Jaccard of the segment, when estimated.</param>
/// <param name="MeanConfidence">Mean assignment confidence of its customers.</param>
/// <param name="Actions">Suggested actions.</param>
public sealed record SegmentEvidence(
    int Segment,
    string Name,
    long Size,
    double Share,
    IReadOnlyList<SegmentDriver> Drivers,
    SegmentRule? Rule,
    IReadOnlyList<OutcomeFigure> Outcomes,
    double? StabilityJaccard,
    double MeanConfidence,
    IReadOnlyList<SuggestedAction> Actions);
