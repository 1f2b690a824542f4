using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>
/// The automatic search (issues 6 and 10) with k NOT given: the reference k passed by the runner is
/// ignored. The adapter receives the raw coordinates, as <c>atlas segment</c> receives a table, and
/// prepares them with the product's default preprocessing (<see cref="ProductPreparation"/>: robust
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

        var (name, prepared) = ProductPreparation.Apply(data);
        var result = new AutomaticSearch(ValidityHooks.Default, new SelectionOptions { Seed = seed })
            .Run([new PreparedData(name, prepared)], prepared, AlgorithmCatalog.Default(data.Rows), cancellationToken);
        _lastData = data;
        _lastLabels = result.Labels;
        LastChoice = result.Chosen.Description + (result.TimeLimitReached ? " (TIME LIMIT: machine-dependent choice)" : string.Empty);
        return result.Labels;
    }
}
