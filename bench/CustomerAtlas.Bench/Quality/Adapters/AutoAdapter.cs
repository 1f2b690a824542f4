using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>
/// The automatic search (issue 6) with k NOT given: the reference k passed by the runner is ignored;
/// the search picks algorithm and k from the default catalog within a 10-second budget per set.
/// Bench settings differ from the product defaults in two places, because benchmark clusters are
/// not customer segments: k may go up to 25 (the product stops at 15) and a cluster may hold as
/// little as 0.5 % of the rows (the product asks 2 %).
/// </summary>
internal sealed class AutoAdapter : IQualityAdapter
{
    private static readonly SelectionOptions Settings = new()
    {
        Budget = TimeSpan.FromSeconds(10),
        MaxK = 25,
        MinSegmentShare = 0.005,
    };

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

        var result = new AutomaticSearch(ValidityHooks.Default, Settings with { Seed = seed })
            .Run([new PreparedData("std", data)], data, AlgorithmCatalog.Default(data.Rows), cancellationToken);
        _lastData = data;
        _lastLabels = result.Labels;
        LastChoice = result.Chosen.Description;
        return result.Labels;
    }
}
