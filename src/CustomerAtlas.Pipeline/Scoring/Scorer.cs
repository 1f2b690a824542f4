using System.Globalization;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Clustering.KPrototypes;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Profiling;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Reports.Exports;

namespace CustomerAtlas.Pipeline.Scoring;

/// <summary>
/// Assigns customers to the segments of a saved model exactly as the fit did: raw input goes
/// through the same ingestion and feature SQL (the saved plan), then the saved preprocessing, then
/// the clustering model's Predict. Thread-safe: each call uses its own in-memory engine.
/// </summary>
public sealed class Scorer
{
    private readonly IClusterModel _cluster;
    private readonly Func<ISqlEngine> _engineFactory;

    /// <summary>Creates a scorer for <paramref name="model"/>; <paramref name="engineFactory"/> defaults to in-memory DuckDB.</summary>
    public Scorer(SegmentModel model, Func<ISqlEngine>? engineFactory = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _cluster = model.LoadClusterModel();
        _engineFactory = engineFactory ?? (() => new DuckDbEngine());
    }

    /// <summary>The model.</summary>
    public SegmentModel Model { get; }

    /// <summary>Names of the raw customer features <see cref="ScoreFeatures"/> needs (the preprocessing's kept features, and the level features of categorical columns it reads raw).</summary>
    public IReadOnlyList<string> FeatureNames => Model.Preprocessing.InputFeatures;

    /// <summary>Input columns raw rows must have (the fit input's roles and table columns).</summary>
    public IReadOnlyList<string> InputColumns
    {
        get
        {
            var s = Model.FeaturePlan.Schema;
            return new[] { s.Id, s.Time, s.Amount, s.Quantity, s.Price, s.Invoice, s.Product, s.Category, s.Channel }
                .OfType<string>().Concat(s.Numeric).Concat(s.Categorical).Concat(s.Dates.Keys).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Scores a file shaped like the fit input (same columns; the fit's reader settings are reused).</summary>
    /// <exception cref="DataSourceException">The file cannot be read or lacks a column the model needs.</exception>
    public Task<IReadOnlyList<ScoredCustomer>> ScoreFileAsync(string path, CancellationToken cancellationToken = default) =>
        ScoreFileAsync(path, null, cancellationToken);

    /// <summary>
    /// Scores a file like <see cref="ScoreFileAsync(string, CancellationToken)"/>, then runs <paramref name="inEngine"/>
    /// while the engine still holds the file's feature table (e.g. to write segment ids back into a cluster).
    /// </summary>
    public async Task<IReadOnlyList<ScoredCustomer>> ScoreFileAsync(
        string path, Func<ISqlEngine, CancellationToken, Task>? inEngine, CancellationToken cancellationToken = default)
    {
        var (ids, features) = await ReadFileAsync(path, inEngine, cancellationToken).ConfigureAwait(false);
        return ScoreFeatures(ids, features);
    }

    /// <summary>
    /// Reads a file shaped like the fit input and computes its customers' raw features by name, as the fit did (the
    /// fit's reader settings and feature plan), without assigning them.
    /// </summary>
    /// <exception cref="DataSourceException">The file cannot be read or lacks a column the model needs.</exception>
    public Task<(IReadOnlyList<string> CustomerIds, IReadOnlyDictionary<string, double[]> Features)> FeaturesOfFileAsync(
        string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, null, cancellationToken);

    // The file through the fit's reader and feature SQL; inEngine runs while the engine still holds the feature table.
    private async Task<(IReadOnlyList<string> CustomerIds, IReadOnlyDictionary<string, double[]> Features)> ReadFileAsync(
        string path, Func<ISqlEngine, CancellationToken, Task>? inEngine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using var engine = _engineFactory();
        var data = await CustomerDataLoader.ApplyAsync(engine, Model.Reader with { Path = path }, Model.FeaturePlan, cancellationToken).ConfigureAwait(false);
        if (inEngine is not null)
        {
            await inEngine(engine, cancellationToken).ConfigureAwait(false);
        }

        return (data.CustomerIds, data.Features.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal));
    }

    /// <summary>
    /// Scores raw rows (transactions or customer rows, like the fit input) given as text: column
    /// names and one text value per column per row (null = missing, numbers in invariant culture).
    /// </summary>
    public async Task<IReadOnlyList<ScoredCustomer>> ScoreRowsAsync(
        IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows, CancellationToken cancellationToken = default)
    {
        var (ids, features) = await FeaturesOfRowsAsync(columns, rows, cancellationToken).ConfigureAwait(false);
        return ScoreFeatures(ids, features);
    }

    /// <summary>
    /// The customers' raw features by name from raw rows given as text (as <see cref="ScoreRowsAsync"/> reads them),
    /// without assigning them.
    /// </summary>
    public async Task<(IReadOnlyList<string> CustomerIds, IReadOnlyDictionary<string, double[]> Features)> FeaturesOfRowsAsync(
        IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        string path = Path.Combine(Path.GetTempPath(), $"atlas-score-{Guid.NewGuid():N}.csv");
        try
        {
            WriteCsv(path, columns, rows, cancellationToken);
            var source = Model.Reader with { Path = path, Delimiter = ",", HasHeader = true, ColumnNames = null, Format = SourceFormat.Csv };
            await using var engine = _engineFactory();
            var data = await CustomerDataLoader.ApplyAsync(engine, source, Model.FeaturePlan, cancellationToken).ConfigureAwait(false);
            return (data.CustomerIds, data.Features.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Scores customers given their raw feature values by name (every name in <see cref="FeatureNames"/>;
    /// NaN = missing, imputed as in the fit).
    /// </summary>
    public IReadOnlyList<ScoredCustomer> ScoreFeatures(IReadOnlyList<string> customerIds, IReadOnlyDictionary<string, double[]> features)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        ArgumentNullException.ThrowIfNull(features);
        var matrix = Model.Preprocessing.Apply(features, customerIds.Count);
        return Assign(customerIds, matrix);
    }

    /// <summary>Assigns model-space rows (already preprocessed).</summary>
    public IReadOnlyList<ScoredCustomer> Assign(IReadOnlyList<string> customerIds, Matrix<double> modelSpace)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        ArgumentNullException.ThrowIfNull(modelSpace);
        if (customerIds.Count == 0)
        {
            return [];
        }

        int[] labels = _cluster.Predict(modelSpace);
        var distances = _cluster switch
        {
            KMeansModel km => km.Transform(modelSpace),
            KPrototypesModel kp => kp.Distances(modelSpace),
            _ => CentroidDistances(modelSpace),
        };
        var names = Model.Segments.ToDictionary(s => s.Id, s => s.Name);
        var confidence = AssignmentConfidence.FromDistances(distances, labels);
        var result = new ScoredCustomer[customerIds.Count];
        for (int i = 0; i < result.Length; i++)
        {
            int label = labels[i];
            double own = label >= 0 ? distances[i, label] : double.NaN;
            result[i] = new ScoredCustomer(customerIds[i], label, names.GetValueOrDefault(label, "Noise"), own, confidence[i]);
        }

        return result;
    }

    private Matrix<double> CentroidDistances(Matrix<double> data)
    {
        var m = new Matrix<double>(data.Rows, Model.Segments.Count);
        for (int i = 0; i < data.Rows; i++)
        {
            var x = data.RowReadOnly(i);
            for (int c = 0; c < Model.Segments.Count; c++)
            {
                var centre = Model.Segments[c].Centroid;
                double s = 0;
                for (int j = 0; j < x.Length; j++)
                {
                    s += (x[j] - centre[j]) * (x[j] - centre[j]);
                }

                m[i, c] = Math.Sqrt(s);
            }
        }

        return m;
    }

    // A request's rows are already in memory and go to a local temporary file, so a synchronous
    // write is short; the token is still checked per row so a cancelled request stops writing.
    private static void WriteCsv(string path, IReadOnlyList<string> columns, IReadOnlyList<string?[]> rows, CancellationToken cancellationToken)
    {
        using var csv = new CsvWriter(path);
        csv.WriteRow(columns);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Length != columns.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A row has {row.Length} values; there are {columns.Count} columns."), nameof(rows));
            }

            csv.WriteRow(row);
        }
    }
}
