using System.Globalization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Reduction.Pca;
using CustomerAtlas.Data.Quality;
using CustomerAtlas.Data.Schema;
using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Profiling;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Reports.Html;

namespace CustomerAtlas.Pipeline.Running;

/// <summary>Turns a run's results into the plain <see cref="ReportModel"/> the HTML report renders.</summary>
public static class ReportAssembler
{
    /// <summary>Builds the report model.</summary>
    public static ReportModel Build(
        SegmentModel model, IReadOnlyList<SegmentProfile> profiles, QualityReport quality, IReadOnlyList<SchemaDecision> decisions,
        Matrix<double> matrix, IReadOnlyList<int> labels, IReadOnlyList<RawFeature> raw, int scatterPoints)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(quality);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(raw);
        var kept = model.Preprocessing.Transforms.Select(t => t.Name).ToList();
        var heat = new double[profiles.Count, kept.Count];
        for (int s = 0; s < profiles.Count; s++)
        {
            var byName = profiles[s].Features.ToDictionary(f => f.Feature, f => f.StandardizedDifference, StringComparer.Ordinal);
            for (int j = 0; j < kept.Count; j++)
            {
                heat[s, j] = byName.GetValueOrDefault(kept[j]);
            }
        }

        var (points, explained) = Scatter(matrix, labels, model.Seed, scatterPoints);
        return new ReportModel
        {
            Title = "Customer segments",
            Source = Path.GetFileName(model.Input.Path),
            Created = model.CreatedUtc,
            Rows = quality.Rows,
            RowsUsed = quality.RowsUsed,
            Customers = quality.Customers,
            Shape = quality.Shape,
            Decisions = decisions.Select(d => $"{d.Role}: {d.Column} — {d.Reason}").ToList(),
            Issues = quality.Issues.Select(i => new ReportIssue(i.Reason, i.Column is null ? i.Description : $"{i.Description} ({i.Column})", i.Rows, i.Action.ToString())).ToList(),
            Preprocessing = model.Preprocessing.Transforms.Select(t => $"{t.Name}: {t.Reason}")
                .Concat(model.Preprocessing.Dropped.Select(d => $"{d.Name}: dropped ({d.Reason})"))
                .Concat(model.Preprocessing.Pca is { } pca
                    ? [string.Create(CultureInfo.InvariantCulture, $"PCA: the segments were found on {pca.ComponentCount} principal components explaining {pca.ExplainedVarianceRatio.Sum():P1} of the scaled features' variance")]
                    : []).ToList(),
            KCandidates = model.Selection.Candidates.Select(c => new ReportK(c.K, c.Silhouette, c.CalinskiHarabasz, c.DaviesBouldin)).ToList(),
            SelectionMethod = model.Selection.Method,
            ChosenK = model.K,
            Segments = profiles.Select(p => new ReportSegment(
                p.Id, p.Name, p.Size, p.Share, p.RevenueShare,
                p.Drivers.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Feature} {d.StandardizedDifference:+0.0;-0.0} sd (mean {d.Mean:0.##} vs {d.OverallMean:0.##})")).ToList(),
                p.OutcomeRates)).ToList(),
            HeatFeatures = kept,
            Heat = heat,
            Scatter = points,
            ScatterExplained = explained,
            Profile = raw.Select((f, j) => new ReportProfileRow(
                f.Name, profiles.Select(p => p.Features[j].Mean).ToList(), profiles.Count > 0 ? profiles[0].Features[j].OverallMean : double.NaN)).ToList(),
            Outcomes = profiles.Count > 0 ? profiles[0].OutcomeRates.Keys.ToList() : [],
        };
    }

    private static (List<ReportPoint> Points, double Explained) Scatter(Matrix<double> matrix, IReadOnlyList<int> labels, int seed, int max)
    {
        if (matrix.Cols < 2)
        {
            return (Enumerable.Range(0, matrix.Rows).Select(i => new ReportPoint(matrix[i, 0], 0, labels[i])).Take(max).ToList(), 1);
        }

        var pca = new Pca(new PcaOptions { Components = 2, Seed = seed }).Fit(matrix);
        var projected = pca.Transform(matrix);
        var order = Enumerable.Range(0, matrix.Rows).ToArray();
        new Random(seed).Shuffle(order);
        var points = order.Take(max).Order().Select(i => new ReportPoint(projected[i, 0], projected[i, 1], labels[i])).ToList();
        return (points, pca.ExplainedVarianceRatio.Sum());
    }
}
