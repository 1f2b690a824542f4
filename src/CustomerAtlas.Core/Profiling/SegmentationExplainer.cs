using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Explanation;
using CustomerAtlas.Core.Explanation.DecisionTree;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Core.Statistics;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Profiling;

/// <summary>What to explain: the segmentation and the data around it.</summary>
/// <param name="Features">Customer features in readable units (rules quote these values).</param>
/// <param name="FeatureNames">One name per feature column.</param>
/// <param name="Labels">Segment of each row (0..SegmentCount−1, −1 = noise).</param>
/// <param name="SegmentCount">Number of segments.</param>
/// <param name="ConfidenceSpace">The space confidence margins are measured in (e.g. the standardized features).</param>
/// <param name="Posteriors">Posterior probabilities (rows × segments) when the model has them; preferred for confidence.</param>
/// <param name="Stability">Per-segment stability from the search, when estimated.</param>
/// <param name="Outcomes">Outcome columns by name (NaN = unknown); never clustering features.</param>
/// <param name="Protected">Protected attributes by name (one value per row; null = unknown).</param>
public sealed record ExplanationInput(
    Matrix<double> Features,
    IReadOnlyList<string> FeatureNames,
    int[] Labels,
    int SegmentCount,
    Matrix<double> ConfidenceSpace,
    Matrix<double>? Posteriors = null,
    StabilityReport? Stability = null,
    IReadOnlyDictionary<string, double[]>? Outcomes = null,
    IReadOnlyDictionary<string, string?[]>? Protected = null);

/// <summary>
/// Explains a segmentation end to end: a shallow tree and its rules, permutation importances,
/// standardized differences, cross-validated accuracy, drivers, names, actions, outcome lift,
/// fairness composition, per-customer confidence and a narrative per segment.
/// </summary>
public sealed class SegmentationExplainer(ExplainerOptions? options = null)
{
    /// <summary>The options in use.</summary>
    public ExplainerOptions Options { get; } = options ?? new ExplainerOptions();

    /// <summary>Explains <paramref name="input"/>.</summary>
    public SegmentationExplanation Explain(ExplanationInput input)
    {
        Options.Validate();
        Check(input);
        int k = input.SegmentCount;
        var names = input.FeatureNames;
        var roles = FeatureRoles.Recognize(names, Options.Roles);
        var labels = input.Labels;

        // The classifier works on segmented rows only (noise has no segment to predict), sampled when large.
        var segmented = Enumerable.Range(0, labels.Length).Where(i => labels[i] >= 0).ToArray();
        var rows = segmented.Length <= Options.MaxRows
            ? segmented
            : RowSampler.Sample(segmented.Length, Options.MaxRows, Seeds.Derive(Options.Seed, 11)).Select(i => segmented[i]).ToArray();
        var x = input.Features.SelectRows(rows);
        var y = rows.Select(i => labels[i]).ToArray();
        var treeOptions = Options.Tree with
        {
            Seed = Options.Tree.Seed ?? Options.Seed,
            MinSamplesLeaf = Math.Max(Options.Tree.MinSamplesLeaf, rows.Length / 100),
        };
        var tree = new DecisionTreeClassifier(treeOptions).Fit(x, y, k);
        var rules = TreeRules.Extract(tree, names, x, y);
        var predicted = tree.Predict(x);
        double treeAccuracy = y.Where((label, i) => predicted[i] == label).Count() / (double)y.Length;
        var importances = PermutationImportance.Compute(tree.Predict, x, y, k, Options.ImportanceRepeats, Options.Seed);
        int folds = Math.Min(Options.Folds, Math.Max(2, y.Length / 2));
        var validity = CrossValidation.Accuracy(x, y, (tx, ty) => new DecisionTreeClassifier(treeOptions).Fit(tx, ty, k).Predict, folds, Options.Seed);
        var differences = StandardizedDifferences.Compute(input.Features, labels, k);
        var confidence = input.Posteriors is not null
            ? AssignmentConfidence.FromPosteriors(input.Posteriors, labels)
            : k >= 2 ? AssignmentConfidence.FromCentroidMargin(input.ConfidenceSpace, labels, k) : new double[labels.Length];
        var outcomes = (input.Outcomes ?? new Dictionary<string, double[]>())
            .OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => new NamedOutcome(o.Key, OutcomeAnalysis.Analyze(o.Value, labels, k)))
            .ToArray();
        var fairness = (input.Protected ?? new Dictionary<string, string?[]>())
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => FairnessComposition.Analyze(p.Key, p.Value, labels, k))
            .ToArray();

        var drivers = Enumerable.Range(0, k)
            .Select(s => SegmentDrivers.For(names, roles, differences[s], importances.PerSegment[s], Options.MaxDrivers))
            .ToArray();
        var segmentNames = SegmentNamer.Name(drivers);
        var sizes = new long[k];
        var confidenceSums = new double[k];
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] >= 0)
            {
                sizes[labels[i]]++;
                confidenceSums[labels[i]] += confidence[i];
            }
        }

        var evidence = new SegmentEvidence[k];
        for (int s = 0; s < k; s++)
        {
            var figures = outcomes.Select(o =>
            {
                var seg = o.Report.Segments[s];
                return new OutcomeFigure(o.Name, o.Report.IsBinary, seg.Value, o.Report.PopulationValue, seg.Lift, o.Report.PValue);
            }).ToArray();
            evidence[s] = new SegmentEvidence(
                s,
                segmentNames[s],
                sizes[s],
                (double)sizes[s] / labels.Length,
                drivers[s],
                rules.FirstOrDefault(r => r.Segment == s),
                figures,
                input.Stability is { } st && s < st.SegmentJaccard.Count ? st.SegmentJaccard[s] : null,
                sizes[s] > 0 ? confidenceSums[s] / sizes[s] : 0,
                ActionRules.Suggest(names, roles, differences[s]));
        }

        return new SegmentationExplanation(
            names,
            roles,
            evidence,
            evidence.Select(NarrativeWriter.Write).ToArray(),
            rules,
            differences,
            importances,
            validity,
            treeAccuracy,
            confidence,
            outcomes,
            fairness);
    }

    private static void Check(ExplanationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        DataChecks.EnsureUsable(input.Features, nameof(input.Features));
        var errors = new ParameterErrors()
            .Require(input.FeatureNames.Count == input.Features.Cols, nameof(input.FeatureNames), $"has {input.FeatureNames.Count} names for {input.Features.Cols} columns.")
            .Require(input.Labels.Length == input.Features.Rows, nameof(input.Labels), $"has {input.Labels.Length} labels for {input.Features.Rows} rows.")
            .Require(input.SegmentCount >= 1, nameof(input.SegmentCount), $"must be at least 1 (was {input.SegmentCount}).")
            .Require(input.ConfidenceSpace.Rows == input.Features.Rows, nameof(input.ConfidenceSpace), $"has {input.ConfidenceSpace.Rows} rows for {input.Features.Rows}.")
            .Require(input.Labels.All(l => l < input.SegmentCount), nameof(input.Labels), $"holds a label not below SegmentCount {input.SegmentCount}.")
            .Require(input.Labels.Count(l => l >= 0) >= 2, nameof(input.Labels), "needs at least two segmented rows.");
        foreach (var (name, values) in input.Outcomes ?? new Dictionary<string, double[]>())
        {
            errors.Require(values.Length == input.Labels.Length, nameof(input.Outcomes), $"outcome '{name}' has {values.Length} values for {input.Labels.Length} rows.");
        }

        foreach (var (name, values) in input.Protected ?? new Dictionary<string, string?[]>())
        {
            errors.Require(values.Length == input.Labels.Length, nameof(input.Protected), $"attribute '{name}' has {values.Length} values for {input.Labels.Length} rows.");
        }

        errors.ThrowIfAny();
    }
}
