using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Clustering.KPrototypes;
using CustomerAtlas.Core.Clustering.NearestMean;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Data.Features;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Pipeline.Automatic;
using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Segmentation;

namespace CustomerAtlas.Pipeline.Running;

/// <summary>What the automatic step hands back to the segment pipeline.</summary>
/// <param name="Preprocessor">The chosen preprocessing (saved in model.json so scoring repeats it).</param>
/// <param name="Matrix">The customers in the chosen preprocessing's space.</param>
/// <param name="Model">The chosen clustering model.</param>
/// <param name="Labels">Segment of each customer (−1 = noise).</param>
/// <param name="Centroids">Mean of each segment in the model space (the k-means centroids when k-means won).</param>
/// <param name="Selection">The k sweep of the chosen algorithm, in the form model.json and the report already show.</param>
/// <param name="Result">Everything the automatic segmentation found.</param>
public sealed record AutomaticOutcome(
    Preprocessor Preprocessor,
    Matrix<double> Matrix,
    IClusterModel Model,
    int[] Labels,
    double[][] Centroids,
    KSelection Selection,
    AutoSegmentationResult Result);

/// <summary>
/// The automatic mode of <c>atlas segment</c>: every scaling the preprocessor knows is a preparation,
/// so is the requested scaling reduced by PCA (<see cref="PcaChoice"/>) and, for inputs with
/// categorical columns, the requested scaling with raw category codes for k-prototypes; the search
/// picks preparation, algorithm and k, and the result is shaped for the rest of the pipeline.
/// </summary>
public static class AutomaticStep
{
    /// <summary>Runs the automatic segmentation on ingested <paramref name="data"/>.</summary>
    /// <param name="data">The customers (all of them, or the sample the choices are made on).</param>
    /// <param name="raw">Their raw feature columns.</param>
    /// <param name="request">The segment request (preprocessing and seed).</param>
    /// <param name="options">The automatic options.</param>
    /// <param name="scaledOnly">
    /// True when the k-means winner will be pushed into a SQL engine, which computes the scaled features
    /// but not PCA scores or category codes: the search then compares scalings only.
    /// </param>
    /// <param name="ct">Cancels the run.</param>
    public static AutomaticOutcome Run(
        CustomerData data, IReadOnlyList<RawFeature> raw, SegmentRequest request, AutoSegmentationOptions options, bool scaledOnly, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var protectedNames = new HashSet<string>(options.ProtectedAttributes, StringComparer.OrdinalIgnoreCase);
        var missing = options.ProtectedAttributes.Where(p => !data.Outcomes.Any(o => o.Name.Equals(p, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"--protected names column(s) not in the data: {string.Join(", ", missing)}.", "protected");
        }

        var outcomes = data.Outcomes.Where(o => !protectedNames.Contains(o.Name))
            .ToDictionary(o => o.Name, o => OutcomeValues.Parse(o.Name, o.Values), StringComparer.Ordinal);
        var attributes = data.Outcomes.Where(o => protectedNames.Contains(o.Name))
            .ToDictionary(o => o.Name, o => o.Values, StringComparer.Ordinal);
        var banned = outcomes.Keys.Concat(attributes.Keys).ToArray();
        var kept = raw.Where(f => !FeatureGuard.IsBanned(f.Name, banned)).ToArray();
        int n = data.CustomerIds.Length;

        // The requested scaling first: it is the reference space every candidate is measured in. The
        // per-feature scalings compete beside it; a shared unit only where it was requested.
        var scalings = new[] { request.Preprocessing.Scaling }
            .Concat(new[] { ScalingMethod.Robust, ScalingMethod.Standard }.Where(m => m != request.Preprocessing.Scaling));
        var rawByName = kept.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal);
        var preprocessors = scalings.Select(m => (Name: m.ToString().ToLowerInvariant(), Pre: PreprocessorFitter.Fit(kept, request.Preprocessing with { Scaling = m }))).ToList();
        var preparations = preprocessors.Select(p => new PreparedData(p.Name, p.Pre.Apply(rawByName, n))).ToList();

        // PCA on/off: the requested scaling also competes projected onto its leading components.
        if (!scaledOnly && PcaChoice.Fit(preparations[0].Data, request.Segmentation.Seed) is { } pca)
        {
            var reduced = preprocessors[0].Pre with { Pca = pca };
            string name = $"{preprocessors[0].Name}+pca{pca.ComponentCount}";
            preprocessors.Add((name, reduced));
            preparations.Add(new PreparedData(name, pca.Transform(preparations[0].Data)));
        }

        var bound = new List<AlgorithmSpec>();
        if (!scaledOnly && MixedPreparation(data, kept, request) is { } mixed)
        {
            string name = $"{preprocessors[0].Name}+categories";
            preprocessors.Add((name, mixed));
            preparations.Add(new PreparedData(name, mixed.Apply(rawByName, n), KPrototypesModel.AlgorithmName));
            bound.Add(AlgorithmCatalog.KPrototypes(
                Enumerable.Range(mixed.Transforms.Count, mixed.Categorical!.Count).ToArray(), options.MaxDegreeOfParallelism));
        }

        var names = preprocessors[0].Pre.Transforms.Select(t => t.Name).ToArray();
        var input = new AutoSegmentationInput(data.CustomerIds, Readable(rawByName, names, n), names, outcomes, attributes);
        var result = new AutoSegmenter(options with { Seed = options.Seed ?? request.Segmentation.Seed }).Run(input, preparations, bound, ct);

        var chosen = result.Selection.Chosen;
        int index = preparations.FindIndex(p => p.Name == chosen.Preprocessing);
        var matrix = preparations[index].Data;
        var labels = result.Selection.Labels;
        int k = result.Explanation.Segments.Count;
        var centroids = result.Selection.Model switch
        {
            KMeansModel km when km.ClusterCount == k => km.Centroids,
            NearestCentroidModel nc when nc.ClusterCount == k => nc.Centroids.Chunk(nc.FeatureCount).ToArray(),
            _ => Centroids.Of(matrix, labels, k).Chunk(matrix.Cols).ToArray(),
        };
        return new AutomaticOutcome(preprocessors[index].Pre, matrix, result.Selection.Model, labels, centroids, Sweep(result.Selection, k), result);
    }

    // Mixed data: the numeric features scaled as requested, and each one-hot encoded column of the
    // plan as one raw category code, for k-prototypes (null when the input has no categorical column).
    private static Preprocessor? MixedPreparation(CustomerData data, IReadOnlyList<RawFeature> kept, SegmentRequest request)
    {
        var keptNames = kept.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var categorical = data.Plan.Features
            .Where(f => f.Kind == FeatureKind.OneHot && f.Column is not null && keptNames.Contains(f.Name))
            .GroupBy(f => f.Column!, StringComparer.Ordinal)
            .Select(g => new CategoricalColumn(g.Key, g.Select(f => f.Name).ToArray()))
            .ToArray();
        var levelFeatures = categorical.SelectMany(c => c.LevelFeatures).ToHashSet(StringComparer.Ordinal);
        var numeric = kept.Where(f => !levelFeatures.Contains(f.Name)).ToArray();
        if (categorical.Length == 0 || numeric.Length == 0)
        {
            return null;
        }

        try
        {
            return PreprocessorFitter.Fit(numeric, request.Preprocessing) with { Categorical = categorical };
        }
        catch (ArgumentException)
        {
            // Every numeric feature is constant or missing: k-prototypes has nothing numeric to work with.
            return null;
        }
    }

    // Feature values in their own units for rules and profiles; missing values take the column median.
    private static Matrix<double> Readable(IReadOnlyDictionary<string, double[]> raw, IReadOnlyList<string> names, int n)
    {
        var m = new Matrix<double>(n, names.Count);
        for (int j = 0; j < names.Count; j++)
        {
            var values = raw[names[j]];
            var known = values.Where(double.IsFinite).Order().ToArray();
            double median = known.Length == 0 ? 0 : known[known.Length / 2];
            for (int i = 0; i < n; i++)
            {
                m[i, j] = double.IsFinite(values[i]) ? values[i] : median;
            }
        }

        return m;
    }

    // The chosen algorithm's k sweep on the chosen preprocessing (what the report's k chart plots).
    private static KSelection Sweep(SelectionResult selection, int k)
    {
        var chosen = selection.Chosen;
        var sweep = selection.Leaderboard
            .Where(e => e.Algorithm == chosen.Algorithm.Name && e.Variant == chosen.Variant && e.Preprocessing == chosen.Preprocessing
                && e.RequestedK is not null && e.Silhouette is not null)
            .OrderBy(e => e.RequestedK)
            .Select(e => new KCandidate(e.RequestedK!.Value, e.Silhouette!.Value, e.CalinskiHarabasz!.Value, e.DaviesBouldin!.Value, double.NaN))
            .ToArray();
        return new KSelection("automatic", sweep, k, selection.EvaluationRows.Length);
    }
}
