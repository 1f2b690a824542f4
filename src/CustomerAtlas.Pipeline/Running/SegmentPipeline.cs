using System.Reflection;
using System.Text.Json;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Serialization;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Quality;
using CustomerAtlas.Data.Schema;
using CustomerAtlas.Pipeline.Automatic;
using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Monitoring;
using CustomerAtlas.Pipeline.Profiling;
using CustomerAtlas.Pipeline.Pushdown;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Pipeline.Scoring;
using CustomerAtlas.Pipeline.Segmentation;
using CustomerAtlas.Reports.Exports;
using CustomerAtlas.Reports.Html;

namespace CustomerAtlas.Pipeline.Running;

/// <summary>
/// <c>atlas segment</c>: raw file → quality → customer features (SQL in the engine) → preprocessing →
/// k-means with k chosen by silhouette (or the automatic search) → profiles and names → run directory (written
/// atomically). On a ClickHouse cluster the choices are made on a sample and the final k-means runs inside the cluster.
/// </summary>
public static class SegmentPipeline
{
    /// <summary>Robust z beyond which a customer counts as an outlier in the quality report.</summary>
    public const double OutlierZ = 5;

    /// <summary>Runs the whole pipeline. Input problems raise <see cref="DataSourceException"/>; option problems <see cref="ArgumentException"/>.</summary>
    public static async Task<SegmentResult> RunAsync(
        SegmentRequest request, Action<string>? onPhase = null, Func<ISqlEngine>? engineFactory = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Preprocessing.Validate();
        RunDirectory.EnsureUsable(request.OutputDirectory);
        var timer = new PhaseTimer(onPhase);

        if (request.PushdownSample < 2)
        {
            throw new ArgumentException($"must be at least 2, got {request.PushdownSample}.", "pushdown-sample");
        }

        // The parent of a refresh is read first, so a wrong path fails before any work.
        var parent = request.RefreshOf is { } parentPath ? LoadParent(parentPath) : null;

        // The engine stays open while clustering: on a cluster the feature table k-means is pushed into lives there.
        await using var engine = (engineFactory ?? (() => new DuckDbEngine()))();
        timer.Start($"read + quality + features ({engine.Name})");
        var data = await CustomerDataLoader.FitAsync(engine, request.Input, AutomaticOverrides(request), ct).ConfigureAwait(false);
        bool pushdown = KMeansPushdown.AppliesTo(engine);

        request.Segmentation.Validate(data.CustomerIds.Length);
        timer.Start("preprocess");
        var raw = data.Features.Select(f => new RawFeature(
            f.Name, f.Values, data.Plan.Features.First(d => d.Name == f.Name).IsAmountOrCount)).ToList();
        var preprocessor = PreprocessorFitter.Fit(raw, request.Preprocessing);
        var rawByName = raw.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal);
        var matrix = preprocessor.Apply(rawByName, data.CustomerIds.Length);
        var quality = data.Quality.WithIssues(OutlierIssues(matrix, request.Preprocessing.Clip));

        // matrix: the scaled features profiles and the report describe; modelSpace: what the clustering model
        // reads (the same, unless the automatic search chose PCA scores or raw category codes).
        var modelSpace = matrix;

        IClusterModel cluster;
        KSelection selection;
        double[][] centroids;
        AutomaticOutcome? automatic = null;
        PushdownRecord? pushed = null;
        // Pushed down, the choices (k, algorithm, start) are made in process on a seeded sample of customers and the
        // final k-means runs over all of them inside the engine; in process, the sample is everyone.
        var sample = pushdown ? KMeansPushdown.SampleRows(data.CustomerIds.Length, request.PushdownSample, request.Segmentation.Seed) : null;
        if (request.Automatic is { } autoOptions)
        {
            timer.Start("automatic search + validation + explanation");
            automatic = sample is null
                ? AutomaticStep.Run(data, raw, request, autoOptions, scaledOnly: false, ct)
                : AutomaticStep.Run(CustomerSample.Select(data, sample), SampleOf(raw, sample), request, autoOptions, scaledOnly: true, ct);
            (preprocessor, cluster, selection, centroids) = (automatic.Preprocessor, automatic.Model, automatic.Selection, automatic.Centroids);
            modelSpace = sample is null ? automatic.Matrix : preprocessor.Apply(rawByName, data.CustomerIds.Length);
            matrix = preprocessor.Scale(rawByName, data.CustomerIds.Length);

            // Pushed down, the search compared scalings only (the engine computes scaled features, not PCA scores).
            if (sample is not null && automatic.Model is KMeansModel winner)
            {
                timer.Start($"k-means pushed into {engine.Name}");
                (var refit, pushed) = await KMeansPushdown.FitAsync(engine, preprocessor, modelSpace, winner.Centroids, sample.Length, ct).ConfigureAwait(false);
                (cluster, centroids) = (refit, refit.Centroids);
            }
        }
        else if (sample is not null)
        {
            timer.Start($"k selection on {sample.Length} customers + k-means pushed into {engine.Name}");
            var (start, kSelection) = KMeansSegmenter.Fit(matrix.SelectRows(sample), request.Segmentation, ct);
            (var pushedModel, pushed) = await KMeansPushdown.FitAsync(engine, preprocessor, matrix, start.Centroids, sample.Length, ct).ConfigureAwait(false);
            (cluster, selection, centroids) = (pushedModel, kSelection, pushedModel.Centroids);
        }
        else
        {
            timer.Start("k-means + k selection");
            var (kmeans, kSelection) = KMeansSegmenter.Fit(matrix, request.Segmentation, ct);
            (cluster, selection, centroids) = (kmeans, kSelection, kmeans.Centroids);
        }

        timer.Start("profile");
        var labels = sample is null && automatic is not null ? automatic.Labels : cluster.Predict(modelSpace);
        int segmentCount = centroids.Length;
        var outcomes = data.Outcomes.ToDictionary(o => o.Name, o => o.Values, StringComparer.Ordinal);
        var profiles = SegmentProfiler.Profile(raw, matrix, preprocessor, labels, segmentCount, data.Plan.RevenueFeature, outcomes);
        if (automatic is not null)
        {
            // One naming scheme per run: the automatic explanation names segments from its drivers.
            profiles = profiles.Select(p => p with { Name = automatic.Result.Explanation.Segments[p.Id].Name }).ToList();
        }
        var model = new SegmentModel
        {
            ProductVersion = ProductVersion,
            CreatedUtc = DateTimeOffset.UtcNow,
            Engine = engine.Name,
            Pushdown = pushed,
            Input = await HashAsync(request.Input.Path, quality.Rows, ct).ConfigureAwait(false),
            Reader = request.Input,
            Seed = request.Segmentation.Seed,
            K = segmentCount,
            FeaturePlan = data.Plan,
            Preprocessing = preprocessor,
            Selection = selection,
            Segments = profiles.Select(p => new SegmentSummary(p.Id, p.Name, p.Size, p.Share, centroids[p.Id])).ToList(),
            ClusterModel = ModelFile.ToJson(cluster),
        };
        var assignments = new Scorer(model).Assign(data.CustomerIds, modelSpace);
        model = model with { Drift = DriftCheck.Reference(model, rawByName, assignments) };
        if (parent is not null)
        {
            timer.Start("lineage (the parent model assigns the same customers)");
            var lineage = await RefreshLineage.OfAsync(
                parent, request.Input.Path, data.CustomerIds, [.. assignments.Select(a => a.SegmentId)], engineFactory, ct).ConfigureAwait(false);
            model = model with { Refresh = lineage };
        }

        timer.Start("report + write");
        var report = ReportAssembler.Build(model, profiles, quality, data.Decisions, matrix, labels, raw, request.ScatterPoints);
        if (automatic is not null)
        {
            report = report with { ExtraSectionsHtml = AutomaticReport.Sections(automatic.Result) };
        }

        if (pushed is not null)
        {
            report = report with { ExtraSectionsHtml = PushdownReport.Section(pushed) + report.ExtraSectionsHtml };
        }

        if (model.Refresh is { } refresh)
        {
            report = report with { ExtraSectionsHtml = LineageReport.Section(refresh, model.Segments) + report.ExtraSectionsHtml };
        }

        await RunDirectory.WriteAsync(request.OutputDirectory, async dir =>
        {
            await WriteFilesAsync(dir, model, profiles, quality, assignments, report, ct).ConfigureAwait(false);
            if (automatic is not null)
            {
                AutoArtifacts.Write(dir, automatic.Result);
            }
        }).ConfigureAwait(false);
        timer.Stop();
        return new SegmentResult(request.OutputDirectory, model, profiles, quality, assignments, data.Decisions, timer.Phases, automatic?.Result);
    }

    private static SegmentModel LoadParent(string path)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"--refresh-of {path}: model file not found.", "refresh-of");
        }

        return SegmentModel.Load(path);
    }

    private static List<RawFeature> SampleOf(IReadOnlyList<RawFeature> raw, int[] rows) =>
        [.. raw.Select(f => f with { Values = [.. rows.Select(i => f.Values[i])] })];

    /// <summary>The product version written into model.json.</summary>
    public static string ProductVersion =>
        typeof(SegmentPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    // Protected attributes are read like outcomes: as text, never as features.
    private static SchemaOverrides AutomaticOverrides(SegmentRequest request) =>
        request.Automatic is { ProtectedAttributes.Count: > 0 } auto
            ? request.Overrides with { Outcomes = [.. request.Overrides.Outcomes, .. auto.ProtectedAttributes.Except(request.Overrides.Outcomes)] }
            : request.Overrides;

    private static async Task WriteFilesAsync(
        string dir, SegmentModel model, IReadOnlyList<SegmentProfile> profiles, QualityReport quality,
        IReadOnlyList<ScoredCustomer> assignments, ReportModel report, CancellationToken ct)
    {
        await using (var stream = File.Create(Path.Combine(dir, RunFiles.Model)))
        {
            model.Save(stream);
        }

        await using (var stream = File.Create(Path.Combine(dir, RunFiles.Quality)))
        {
            await JsonSerializer.SerializeAsync(stream, quality, RunJson.Options, ct).ConfigureAwait(false);
        }

        await using (var stream = File.Create(Path.Combine(dir, RunFiles.ProfilesJson)))
        {
            await JsonSerializer.SerializeAsync(stream, profiles, RunJson.Options, ct).ConfigureAwait(false);
        }

        var rows = assignments.Select(a => new AssignmentRow
        {
            CustomerId = a.CustomerId, SegmentId = a.SegmentId, SegmentName = a.SegmentName, Distance = a.Distance, Confidence = a.Confidence,
        }).ToList();
        AssignmentFiles.WriteCsv(Path.Combine(dir, RunFiles.SegmentsCsv), rows);
        await AssignmentFiles.WriteParquetAsync(Path.Combine(dir, RunFiles.SegmentsParquet), rows, ct).ConfigureAwait(false);
        ProfilesCsv.Write(Path.Combine(dir, RunFiles.ProfilesCsv), profiles);
        await File.WriteAllTextAsync(Path.Combine(dir, RunFiles.Report), HtmlReport.Render(report), ct).ConfigureAwait(false);
    }

    private static IEnumerable<QualityIssue> OutlierIssues(Matrix<double> m, double clip)
    {
        int count = 0;
        for (int i = 0; i < m.Rows; i++)
        {
            foreach (double v in m.RowReadOnly(i))
            {
                if (Math.Abs(v) >= Math.Min(OutlierZ, clip))
                {
                    count++;
                    break;
                }
            }
        }

        if (count > 0)
        {
            yield return new QualityIssue("outlier-customers", $"customers at least {Math.Min(OutlierZ, clip)} robust standard deviations from the median on some feature (after log1p); kept, clipped to ±{clip}", count, RemediationAction.Flag);
        }
    }

    private static async Task<InputInfo> HashAsync(string path, long rows, CancellationToken ct) =>
        new(path, await InputInfo.Sha256Async(path, ct).ConfigureAwait(false), new FileInfo(path).Length, rows);
}
