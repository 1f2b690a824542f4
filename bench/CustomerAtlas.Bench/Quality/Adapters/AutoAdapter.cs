using System.Globalization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>
/// The automatic search (issues 6 and 10) with k NOT given: the reference k passed by the runner is
/// ignored. The adapter receives the raw coordinates, as <c>atlas segment</c> receives a table, and
/// prepares them with the product's default preprocessing (<see cref="PreprocessingOptions"/>: robust
/// scaling, clipping at ±5, near-duplicate columns dropped); the search then picks algorithm and k from the default catalog with
/// the product's default options (60-second planned budget, the size-aware minimum segment share). Only
/// the seed comes from the bench. One preparation: the product would also try the other scalings and PCA.
/// </summary>
internal sealed class AutoAdapter : IQualityAdapter
{
    // The runner calls once per distinct reference k with the same matrix; the search ignores k,
    // so the answer for that matrix is computed once and reused.
    private Matrix<double>? _lastData;
    private int[]? _lastLabels;

    public string Name => "auto";

    public string? SklearnPeer => null;

    public string? RPeer => null;

    public bool Quadratic => false;

    public bool UsesRawData => true;

    /// <summary>The last search's choice, for the verbose log.</summary>
    public string? LastChoice { get; private set; }

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(data, _lastData) && _lastLabels is not null)
        {
            return _lastLabels;
        }

        var (name, prepared) = Prepare(data);
        var result = new AutomaticSearch(ValidityHooks.Default, new SelectionOptions { Seed = seed })
            .Run([new PreparedData(name, prepared)], prepared, AlgorithmCatalog.Default(data.Rows), cancellationToken);
        _lastData = data;
        _lastLabels = result.Labels;
        LastChoice = result.Chosen.Description + (result.TimeLimitReached ? " (TIME LIMIT: machine-dependent choice)" : string.Empty);
        return result.Labels;
    }

    // The product's default preprocessing of unnamed numeric columns (no money or counts, so no log1p).
    private static (string Name, Matrix<double> Prepared) Prepare(Matrix<double> data)
    {
        var columns = Enumerable.Range(0, data.Cols)
            .Select(c => new RawFeature("x" + c.ToString(CultureInfo.InvariantCulture), Enumerable.Range(0, data.Rows).Select(r => data[r, c]).ToArray(), IsAmountOrCount: false))
            .ToList();
        var preprocessor = PreprocessorFitter.Fit(columns, new PreprocessingOptions());
        var prepared = preprocessor.Apply(columns.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal), data.Rows);
        return (preprocessor.Transforms[0].Scaling.ToString().ToLowerInvariant(), prepared);
    }
}
