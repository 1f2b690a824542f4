using System.Diagnostics;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Profiling;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>
/// The automatic segmentation: searches preprocessing, algorithm and k within the budget (or fits
/// the forced choice), builds the consensus of the best candidates, measures sensitivity to seeds
/// and preprocessing, and explains the chosen segments.
/// </summary>
public sealed class AutoSegmenter(AutoSegmentationOptions? options = null)
{
    /// <summary>The options in use.</summary>
    public AutoSegmentationOptions Options { get; } = options ?? new AutoSegmentationOptions();

    /// <summary>
    /// Runs the whole automatic segmentation on <paramref name="input"/>, whose features the caller
    /// has prepared as <paramref name="preparations"/> (the preprocessing choices to compare; the
    /// first is the reference space every candidate is measured in). Preparations must not contain
    /// outcome or protected columns (see <see cref="FeatureGuard"/>).
    /// </summary>
    public AutoSegmentationResult Run(AutoSegmentationInput input, IReadOnlyList<PreparedData> preparations, CancellationToken cancellationToken = default) =>
        Run(input, preparations, [], cancellationToken);

    /// <summary>
    /// As <see cref="Run(AutoSegmentationInput, IReadOnlyList{PreparedData}, CancellationToken)"/>, with
    /// <paramref name="boundAlgorithms"/>: algorithms that run only on a preparation made for them
    /// (<see cref="PreparedData.OnlyAlgorithm"/>, e.g. k-prototypes on raw categories), added to the
    /// search unless <c>--algorithm</c> names another one.
    /// </summary>
    public AutoSegmentationResult Run(
        AutoSegmentationInput input, IReadOnlyList<PreparedData> preparations, IReadOnlyList<AlgorithmSpec> boundAlgorithms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(boundAlgorithms);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(preparations);
        Options.Validate();
        var clock = Stopwatch.StartNew();
        var (features, names, excluded) = FeatureGuard.WithoutOutcomeColumns(input);
        DataChecks.EnsureUsable(features, nameof(input.Features));
        int seed = Options.Seed ?? Seeds.Default;
        if (preparations.Count == 0)
        {
            throw new ArgumentException("At least one preparation is required.", nameof(preparations));
        }

        var reference = preparations[0].Data;
        IReadOnlyList<AlgorithmSpec> algorithms = Options.Algorithm is { } name
            ? [boundAlgorithms.FirstOrDefault(a => a.Name == name) ?? SegmentAlgorithms.Create(name, features.Rows, Options.MaxDegreeOfParallelism, Options.TrainingProgress)]
            : [.. SegmentAlgorithms.Default(features.Rows, features.Cols, Options.MaxDegreeOfParallelism, Options.TrainingProgress), .. boundAlgorithms];
        var selectionOptions = new SelectionOptions
        {
            Budget = Options.Budget,
            TimeLimit = Options.EffectiveTimeLimit,
            MinK = Options.K ?? 2,
            MaxK = Options.K ?? Options.MaxK,
            MinSegmentShare = Options.MinSegmentShare,
            Seed = seed,

            // --algorithm means that algorithm: no consensus candidate may win instead.
            ConsensusMembers = Options.Algorithm is null ? Options.ConsensusCandidates : 0,
            ConsensusRows = Options.ConsensusRows,
        };
        var selection = new AutomaticSearch(ValidityHooks.Default, selectionOptions).Run(preparations, reference, algorithms, cancellationToken);

        // Consensus and sensitivity are small beside the search and always run; only the wall-clock time
        // limit can stop them (what is left of it, and at least a tenth of it).
        var limit = Options.EffectiveTimeLimit;
        var remaining = limit - clock.Elapsed;
        using var validationDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        validationDeadline.CancelAfter(remaining > limit / 10 ? remaining : limit / 10);
        var consensus = Consensus(selection, seed, validationDeadline.Token);
        var otherSeeds = Enumerable.Range(1, Options.SensitivitySeeds).Select(i => Seeds.Derive(seed, 100 + i).Next()).ToArray();
        var sensitivity = SensitivityAnalysis.Run(
            selection.Chosen, selection.Labels, preparations, otherSeeds, seed, ValidityHooks.Default.AdjustedRand, validationDeadline.Token);

        var labels = DenseSegments(selection.Labels, out int segmentCount);
        var stability = selection.Stability is { } st && segmentCount == st.SegmentJaccard.Count ? st : null;
        var explanation = new SegmentationExplainer(new ExplainerOptions { Seed = seed }).Explain(new ExplanationInput(
            features,
            names,
            labels,
            segmentCount,
            reference,
            Posteriors: Posteriors(selection, preparations, segmentCount),
            Stability: stability,
            Outcomes: input.Outcomes,
            Protected: input.Protected));
        return new AutoSegmentationResult(
            selection with { Labels = labels },
            preparations.Select(p => p.Name).ToArray(),
            consensus,
            sensitivity,
            explanation,
            names,
            excluded);
    }

    private ConsensusReport? Consensus(SelectionResult selection, int seed, CancellationToken cancellationToken)
    {
        var finalists = selection.Finalists.Take(Options.ConsensusCandidates).ToArray();
        if (finalists.Length < 2)
        {
            return null;
        }

        // Finalists are labelled on the evaluation rows; the consensus uses a sample of those.
        var sample = RowSampler.Sample(selection.EvaluationRows.Length, Options.ConsensusRows, Seeds.Derive(seed, 7));
        var partitions = finalists.Select(f => sample.Select(i => f.Labels[i]).ToArray()).ToArray();
        var reference = sample.Select(i => selection.Labels[selection.EvaluationRows[i]]).ToArray();
        int k = Math.Max(2, reference.Where(l => l >= 0).Distinct().Count());
        try
        {
            return ConsensusClustering.Build(partitions, Math.Min(k, sample.Length), DenseSegments(reference, out _), ValidityHooks.Default.AdjustedRand, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The time limit passed: the report says the consensus was not computed.
            return null;
        }
    }

    // Posterior columns line up with segments only when no component was left empty.
    private static Matrix<double>? Posteriors(SelectionResult selection, IReadOnlyList<PreparedData> preparations, int segmentCount)
    {
        if (selection.Model is not Core.Clustering.GaussianMixture.GaussianMixtureModel gmm || gmm.ClusterCount != segmentCount)
        {
            return null;
        }

        var data = preparations.First(p => p.Name == selection.Chosen.Preprocessing).Data;
        return gmm.PredictProbabilities(data);
    }

    // Keeps the model's segment order but closes gaps left by clusters that received no rows.
    private static int[] DenseSegments(int[] labels, out int count)
    {
        var present = labels.Where(l => l >= 0).Distinct().Order().ToArray();
        var map = present.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        count = present.Length;
        return labels.Select(l => l >= 0 ? map[l] : -1).ToArray();
    }
}
