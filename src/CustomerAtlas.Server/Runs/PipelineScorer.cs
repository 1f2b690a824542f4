using System.Globalization;
using CustomerAtlas.Core.Drift;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Monitoring;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Pipeline.Scoring;
using CustomerAtlas.Server.Scoring;

namespace CustomerAtlas.Server.Runs;

/// <summary>
/// The API's scorer over the Pipeline's <see cref="Scorer"/>, the one <c>atlas score</c> uses:
/// raw rows go through <see cref="Scorer.ScoreRowsAsync"/> (the fit's ingestion and feature SQL),
/// feature rows through <see cref="Scorer.ScoreFeatures"/>. Only the request shape is translated here.
/// </summary>
public sealed class PipelineScorer : ISegmentScorer
{
    /// <summary>The id column of feature rows (the name segments.csv uses).</summary>
    public const string FeatureIdColumn = "customer_id";

    private readonly Scorer scorer;
    private readonly ScoreColumns featureColumns;
    private readonly ScoreColumns rawColumns;

    /// <summary>Wraps <paramref name="scorer"/>.</summary>
    public PipelineScorer(Scorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        this.scorer = scorer;
        featureColumns = new ScoreColumns(FeatureIdColumn, [FeatureIdColumn, .. scorer.FeatureNames], [FeatureIdColumn]);
        // Raw rows may carry every column the fit's input had: the ones the model reads, and the
        // outcome and excluded columns the fit ignored (as a file given to `atlas score` may).
        // They require nothing per row: like the fit, ingestion drops rows without an id or with
        // unusable values and counts them as quality findings, not as request errors.
        var schema = scorer.Model.FeaturePlan.Schema;
        var known = scorer.InputColumns.Concat(schema.Outcomes).Concat(schema.Excluded.Keys).Distinct(StringComparer.Ordinal).ToArray();
        rawColumns = new ScoreColumns(schema.Id, known, []);
    }

    /// <summary>A scorer for a model saved as model.json text (as the segment store keeps it).</summary>
    public static PipelineScorer FromModelJson(string modelJson)
    {
        ArgumentNullException.ThrowIfNull(modelJson);
        return new PipelineScorer(new Scorer(SegmentModel.Parse(modelJson, "The stored model")));
    }

    /// <inheritdoc />
    public IReadOnlyList<ScoreInputKind> SupportedKinds { get; } = [ScoreInputKind.Features, ScoreInputKind.Raw];

    /// <inheritdoc />
    public ScoreColumns ColumnsFor(ScoreInputKind kind) => kind == ScoreInputKind.Features ? featureColumns : rawColumns;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Scoring.ScoredCustomer>> ScoreAsync(ScoreBatch batch, CancellationToken cancellationToken)
    {
        var (ids, features) = await FeaturesAsync(batch, cancellationToken).ConfigureAwait(false);
        return scorer.ScoreFeatures(ids, features).Select(s => new Scoring.ScoredCustomer(s.CustomerId, s.SegmentId, s.Distance, s.Confidence)).ToArray();
    }

    /// <inheritdoc />
    public async Task<DriftReport> CompareAsync(ScoreBatch batch, CancellationToken cancellationToken)
    {
        if (scorer.Model.Drift is null)
        {
            throw new InvalidOperationException(DriftCheck.NoReference);
        }

        var (ids, features) = await FeaturesAsync(batch, cancellationToken).ConfigureAwait(false);
        return DriftCheck.Compare(scorer, ids, features);
    }

    // Every customer's raw features by name: feature rows as sent, raw rows through the fit's ingestion and feature SQL.
    private async Task<(IReadOnlyList<string> Ids, IReadOnlyDictionary<string, double[]> Features)> FeaturesAsync(ScoreBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Kind == ScoreInputKind.Features)
        {
            return FeatureRows(batch);
        }

        try
        {
            return await scorer.FeaturesOfRowsAsync(batch.Columns, batch.Rows, cancellationToken).ConfigureAwait(false);
        }
        catch (DataSourceException e)
        {
            throw new ArgumentException(e.Message, "raw", e);
        }
    }

    private (IReadOnlyList<string> Ids, IReadOnlyDictionary<string, double[]> Features) FeatureRows(ScoreBatch batch)
    {
        int idColumn = IndexOf(batch.Columns, FeatureIdColumn);
        var ids = new string[batch.Rows.Count];
        var columns = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (string name in scorer.FeatureNames)
        {
            columns[name] = new double[batch.Rows.Count];
            int c = IndexOf(batch.Columns, name);
            for (int r = 0; r < batch.Rows.Count; r++)
            {
                string? text = c < 0 ? null : batch.Rows[r][c];
                columns[name][r] = string.IsNullOrEmpty(text)
                    ? double.NaN // missing: imputed as in the fit
                    : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
                        ? value
                        : throw new ArgumentException($"features[{r}].{name}: '{text}' is not a finite number.", "features");
            }
        }

        for (int r = 0; r < ids.Length; r++)
        {
            ids[r] = batch.Rows[r][idColumn] ?? throw new ArgumentException($"features[{r}] has no {FeatureIdColumn}.", "features");
        }

        return (ids, columns);
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
