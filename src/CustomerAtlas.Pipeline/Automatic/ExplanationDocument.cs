using CustomerAtlas.Core.Explanation;
using CustomerAtlas.Core.Profiling;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>The chosen candidate as explanations.json records it.</summary>
/// <param name="Candidate">Description, e.g. "kmeans k=4 on zscore".</param>
/// <param name="Algorithm">Algorithm name.</param>
/// <param name="Preprocessing">Preparation name.</param>
/// <param name="K">Segments.</param>
/// <param name="ConstraintsMet">False when no candidate met the constraints.</param>
/// <param name="SearchSeconds">Wall-clock seconds of the search.</param>
/// <param name="CandidatesSkipped">Candidates the budget left out or the time limit stopped.</param>
/// <param name="PlannedSeconds">The search's planned work in reference seconds (the same on every machine).</param>
/// <param name="TimeLimitReached">True when the wall-clock time limit stopped the search: the choice then depends on the machine.</param>
public sealed record ChosenDocument(
    string Candidate, string Algorithm, string Preprocessing, int K, bool ConstraintsMet, double SearchSeconds, int CandidatesSkipped, double PlannedSeconds, bool TimeLimitReached);

/// <summary>One segment as explanations.json records it.</summary>
/// <param name="Id">Segment id.</param>
/// <param name="Name">Name from the drivers.</param>
/// <param name="Size">Customers.</param>
/// <param name="Share">Share of customers.</param>
/// <param name="Narrative">The paragraph.</param>
/// <param name="Drivers">Drivers.</param>
/// <param name="Rules">All rules of the segment.</param>
/// <param name="Actions">Suggested actions with reasons.</param>
/// <param name="Outcomes">Outcome figures.</param>
/// <param name="StabilityJaccard">Bootstrap Jaccard, when estimated.</param>
/// <param name="Unstable">True when the Jaccard is below the threshold.</param>
/// <param name="MeanConfidence">Mean assignment confidence.</param>
public sealed record SegmentDocument(
    int Id,
    string Name,
    long Size,
    double Share,
    string Narrative,
    IReadOnlyList<SegmentDriver> Drivers,
    IReadOnlyList<RuleDocument> Rules,
    IReadOnlyList<SuggestedAction> Actions,
    IReadOnlyList<OutcomeFigure> Outcomes,
    double? StabilityJaccard,
    bool Unstable,
    double MeanConfidence);

/// <summary>A rule as text with its coverage and precision.</summary>
/// <param name="Text">e.g. "recency_days &gt; 90 AND orders &lt;= 2".</param>
/// <param name="Coverage">Share of the segment the rule matches.</param>
/// <param name="Precision">Share of matched customers in the segment.</param>
/// <param name="Matched">Customers matched (in the explanation sample).</param>
public sealed record RuleDocument(string Text, double Coverage, double Precision, long Matched);

/// <summary>The validation figures of the chosen segmentation.</summary>
/// <param name="Stability">Bootstrap stability (null when the budget did not allow it).</param>
/// <param name="Consensus">Agreement of the consensus of the best candidates with the choice, and segment co-association.</param>
/// <param name="Sensitivity">ARI under other seeds and preprocessing.</param>
/// <param name="DiscriminantValidity">Cross-validated accuracy of a tree predicting the segment.</param>
/// <param name="RuleTreeAccuracy">Training accuracy of the depth-3 rule tree.</param>
public sealed record ValidationDocument(
    StabilityReport? Stability,
    ConsensusDocument? Consensus,
    IReadOnlyList<SensitivityEntry> Sensitivity,
    CrossValidationResult DiscriminantValidity,
    double RuleTreeAccuracy);

/// <summary>The consensus without its per-row labels.</summary>
/// <param name="Partitions">Candidates that voted.</param>
/// <param name="AgreementWithChosen">ARI of consensus vs chosen.</param>
/// <param name="SegmentCoAssociation">[a][b] mean co-association between segments.</param>
public sealed record ConsensusDocument(int Partitions, double AgreementWithChosen, IReadOnlyList<IReadOnlyList<double>> SegmentCoAssociation);

/// <summary>The content of explanations.json.</summary>
/// <param name="Chosen">What was chosen.</param>
/// <param name="Preparations">Preprocessing choices compared.</param>
/// <param name="FeatureNames">Clustering features.</param>
/// <param name="ExcludedColumns">Outcome / protected columns kept out of the features.</param>
/// <param name="Validation">Stability, consensus, sensitivity, discriminant validity.</param>
/// <param name="Segments">Per-segment explanation.</param>
/// <param name="FeatureImportance">Overall permutation importance per feature.</param>
/// <param name="StandardizedDifferences">[segment][feature].</param>
/// <param name="Outcomes">Outcome analyses (rates/means, lift, test).</param>
/// <param name="Fairness">Composition by protected attribute with parity ratios.</param>
public sealed record ExplanationDocument(
    ChosenDocument Chosen,
    IReadOnlyList<string> Preparations,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<string> ExcludedColumns,
    ValidationDocument Validation,
    IReadOnlyList<SegmentDocument> Segments,
    IReadOnlyDictionary<string, double> FeatureImportance,
    IReadOnlyList<IReadOnlyList<double>> StandardizedDifferences,
    IReadOnlyList<NamedOutcome> Outcomes,
    IReadOnlyList<FairnessReport> Fairness)
{
    /// <summary>Builds the document from a result.</summary>
    public static ExplanationDocument From(AutoSegmentationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var selection = result.Selection;
        var explanation = result.Explanation;
        var unstable = selection.Stability?.UnstableSegments.ToHashSet() ?? [];
        var segments = explanation.Segments.Select((s, i) => new SegmentDocument(
            s.Segment,
            s.Name,
            s.Size,
            s.Share,
            explanation.Narratives[i],
            s.Drivers,
            explanation.Rules.Where(r => r.Segment == s.Segment).Select(r => new RuleDocument(r.Text, r.Coverage, r.Precision, r.Matched)).ToArray(),
            s.Actions,
            s.Outcomes,
            s.StabilityJaccard,
            unstable.Contains(s.Segment),
            s.MeanConfidence)).ToArray();
        var consensus = result.Consensus is { } c ? new ConsensusDocument(c.Partitions, c.AgreementWithReference, c.SegmentCoAssociation) : null;
        return new ExplanationDocument(
            new ChosenDocument(
                selection.Chosen.Description,
                selection.Chosen.Algorithm.Name,
                selection.Chosen.Preprocessing,
                explanation.Segments.Count,
                selection.ConstraintsMet,
                selection.Elapsed.TotalSeconds,
                selection.SkippedCount,
                selection.PlannedSeconds,
                selection.TimeLimitReached),
            result.Preparations,
            result.FeatureNames,
            result.ExcludedColumns,
            new ValidationDocument(selection.Stability, consensus, result.Sensitivity, explanation.DiscriminantValidity, explanation.TreeAccuracy),
            segments,
            explanation.FeatureNames.Select((n, f) => (n, f)).ToDictionary(p => p.n, p => explanation.Importances.Overall[p.f], StringComparer.Ordinal),
            explanation.StandardizedDifferences,
            explanation.Outcomes,
            explanation.Fairness);
    }
}
