using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>
/// The automatic search (issues 6 and 10) with k NOT given: the reference k passed by the runner is
/// ignored; the search picks algorithm and k from the default catalog with the product's default
/// options (60-second budget, 2 % minimum segment share, so k up to 50), exactly as
/// <c>atlas segment</c> runs it; only the seed comes from the bench.
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

    /// <summary>The last search's choice, for the verbose log.</summary>
    public string? LastChoice { get; private set; }

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(data, _lastData) && _lastLabels is not null)
        {
            return _lastLabels;
        }

        var result = new AutomaticSearch(ValidityHooks.Default, new SelectionOptions { Seed = seed })
            .Run([new PreparedData("std", data)], data, AlgorithmCatalog.Default(data.Rows), cancellationToken);
        _lastData = data;
        _lastLabels = result.Labels;
        LastChoice = result.Chosen.Description + (result.TimeLimitReached ? " (TIME LIMIT: machine-dependent choice)" : string.Empty);
        return result.Labels;
    }
}
