using CustomerAtlas.Core.Drift;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Pipeline.Scoring;

namespace CustomerAtlas.Pipeline.Monitoring;

/// <summary>
/// Drift monitoring of a saved segmentation (<c>atlas drift</c>): the fit saves a <see cref="DriftReference"/> in
/// model.json; new customers are read and assigned exactly as <c>atlas score</c> does, then compared with it.
/// </summary>
public static class DriftCheck
{
    /// <summary>Why a model cannot be compared: it has no reference.</summary>
    public const string NoReference = "the model has no drift reference: it was saved before drift monitoring existed; run atlas segment again to make one.";

    /// <summary>The reference of a fit: the raw values of the features the model reads, and how the scorer assigned the fitted customers.</summary>
    /// <param name="model">The fitted model (its preprocessing names the features).</param>
    /// <param name="rawFeatures">Raw feature values of the fitted customers by name.</param>
    /// <param name="assignments">The fitted customers as <see cref="Scorer.Assign"/> assigned them.</param>
    public static DriftReference Reference(SegmentModel model, IReadOnlyDictionary<string, double[]> rawFeatures, IReadOnlyList<ScoredCustomer> assignments)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rawFeatures);
        ArgumentNullException.ThrowIfNull(assignments);
        return DriftReference.Build(
            [.. model.Preprocessing.InputFeatures.Select(name => (name, rawFeatures[name]))],
            [.. assignments.Select(a => a.SegmentId)],
            [.. assignments.Select(a => a.Distance)],
            model.Segments.Count,
            new DriftOptions().Bins);
    }

    /// <summary>Reads the customers of <paramref name="path"/> (shaped like the fit input), assigns them and compares them with the model's reference.</summary>
    /// <exception cref="ArgumentException">The model has no reference (saved before drift monitoring), or an option is invalid.</exception>
    /// <exception cref="DataSourceException">The file cannot be read or lacks a column the model needs.</exception>
    public static async Task<DriftReport> RunAsync(
        SegmentModel model, string path, DriftOptions? options = null, Func<ISqlEngine>? engineFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(path);
        options ??= new DriftOptions();
        options.Validate();
        if (model.Drift is null)
        {
            throw new ArgumentException(NoReference, nameof(model));
        }

        var scorer = new Scorer(model, engineFactory);
        var (ids, features) = await scorer.FeaturesOfFileAsync(path, cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            throw new ArgumentException($"{path}: no customers to compare.", nameof(path));
        }

        return Compare(scorer, ids, features, options);
    }

    /// <summary>Assigns customers given their raw features by name (as <see cref="Scorer.ScoreFeatures"/>) and compares them with the model's reference.</summary>
    /// <exception cref="InvalidOperationException">The model has no drift reference (saved before drift monitoring).</exception>
    /// <exception cref="ArgumentException">There is no customer, or an option is invalid.</exception>
    public static DriftReport Compare(Scorer scorer, IReadOnlyList<string> customerIds, IReadOnlyDictionary<string, double[]> features, DriftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(customerIds);
        ArgumentNullException.ThrowIfNull(features);
        var model = scorer.Model;
        var reference = model.Drift ?? throw new InvalidOperationException(NoReference);
        if (customerIds.Count == 0)
        {
            throw new ArgumentException("There are no customers to compare.", nameof(customerIds));
        }

        var scored = scorer.ScoreFeatures(customerIds, features);
        var names = Enumerable.Range(0, reference.SegmentShares.Length)
            .Select(id => model.Segments.FirstOrDefault(s => s.Id == id)?.Name ?? $"Segment {id}")
            .ToArray();
        return DriftMonitor.Compare(reference, names, features, [.. scored.Select(s => s.SegmentId)], [.. scored.Select(s => s.Distance)], options);
    }
}
