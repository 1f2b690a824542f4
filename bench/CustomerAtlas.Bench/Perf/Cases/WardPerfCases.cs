using System.Diagnostics;
using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// Ward linkage 20k×16 (8 blobs) against scikit-learn's AgglomerativeClustering(linkage="ward"),
/// which holds an n×n matrix (3.2 GB); ours runs the nearest-neighbour chain on centroids in
/// O(n·d) memory. Targets: at most 0.25× scikit-learn's time and under 300 MB peak RSS.
/// --quick runs the same size: it is the only one scikit-learn's script times.
/// </summary>
public sealed class WardPerfCases : IPerfCaseSource
{
    /// <inheritdoc />
    public IEnumerable<IPerfCase> Cases()
    {
        yield return new WardPerfCase(new BenchDataSet(20_000, 16, 8), 8);
    }
}

/// <summary>One ward size.</summary>
public sealed record WardPerfCase(BenchDataSet Data, int K) : IPerfCase
{
    /// <summary>Peak RSS target of issue 5, in MiB.</summary>
    public const double MaxPeakRssMb = 300;

    /// <inheritdoc />
    public string Id => $"ward-n{Data.N}-d{Data.D}-k{K}";

    /// <inheritdoc />
    public string Group => "ward";

    /// <inheritdoc />
    public bool Quick => true;

    /// <inheritdoc />
    public bool Full => true;

    /// <inheritdoc />
    public string Title => $"ward {Data.Shape} k={K}";

    /// <inheritdoc />
    public SklearnKey? Sklearn => new("ward", Data.N, Data.D, K);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Targets { get; } = new Dictionary<string, double> { ["sklearn"] = 0.25 };

    /// <inheritdoc />
    /// <remarks>300 MB over the 1.25 MB of float32 data.</remarks>
    public double? MaxRssOverData => MaxPeakRssMb * 1024 * 1024 / Data.DataBytes;

    /// <inheritdoc />
    public CaseMeasurement Run(BenchData data)
    {
        var clock = Stopwatch.StartNew();
        var model = new AgglomerativeClusterer(new() { ClusterCount = K, Linkage = Linkage.Ward }).Fit(data.X.ToDouble());
        double seconds = clock.Elapsed.TotalSeconds;
        return new CaseMeasurement
        {
            Seconds = seconds,
            Quality = new Dictionary<string, double> { ["ari"] = Core.Metrics.AdjustedRandIndex.Score(data.Truth, model.Labels) },
        };
    }

    /// <inheritdoc />
    public CaseMeasurement? RunMlNet(BenchData data) => null;
}
