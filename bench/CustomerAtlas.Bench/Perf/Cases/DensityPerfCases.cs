using System.Diagnostics;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.Dbscan;
using CustomerAtlas.Core.Clustering.Hdbscan;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// Density clustering on the shared 50k blobs (8 centres): DBSCAN at d = 2, 4, 8 against
/// scikit-learn's DBSCAN (same eps rule, min_samples 10), and HDBSCAN at d = 2, 8 (no peer in the script).
/// </summary>
public sealed class DensityPerfCases : IPerfCaseSource
{
    /// <inheritdoc />
    public IEnumerable<IPerfCase> Cases()
    {
        foreach (int d in new[] { 2, 4, 8 })
        {
            yield return new DbscanPerfCase(new BenchDataSet(50_000, d, 8));
        }

        foreach (int d in new[] { 2, 8 })
        {
            yield return new HdbscanPerfCase(new BenchDataSet(50_000, d, 8));
        }
    }

    /// <summary>ARI against the generating blobs, noise counted as one more label.</summary>
    internal static Dictionary<string, double> Quality(BenchData data, IClusterModel model) => new()
    {
        ["ari"] = AdjustedRandIndex.Score(data.Truth, model.Labels),
        ["clusters"] = model.ClusterCount,
        ["noise_frac"] = model.Labels.Count(l => l < 0) / (double)model.Labels.Count,
    };
}

/// <summary>
/// DBSCAN with min_samples = 10 and eps chosen as the peer script does: the 90 % quantile of the
/// 10th-neighbour distance over 2,000 sampled rows (so about 90 % of the rows are core points).
/// </summary>
public sealed record DbscanPerfCase(BenchDataSet Data) : IPerfCase
{
    private const int MinSamples = 10;

    /// <inheritdoc />
    public string Id => $"dbscan-n{Data.N}-d{Data.D}";

    /// <inheritdoc />
    public string Group => "dbscan";

    /// <inheritdoc />
    public bool Quick => true;

    /// <inheritdoc />
    public bool Full => true;

    /// <inheritdoc />
    public string Title => $"DBSCAN {Data.Shape} min_samples={MinSamples}";

    /// <inheritdoc />
    public SklearnKey? Sklearn => new("dbscan", Data.N, Data.D, null);

    /// <inheritdoc />
    /// <remarks>Issue 5's target for DBSCAN: at most 0.25× scikit-learn's time.</remarks>
    public IReadOnlyDictionary<string, double> Targets { get; } = new Dictionary<string, double> { ["sklearn"] = 0.25 };

    /// <inheritdoc />
    public double? MaxRssOverData => null;

    /// <inheritdoc />
    public CaseMeasurement Run(BenchData data)
    {
        var x = data.X.ToDouble();
        double eps = NinetyPercentCoreEps(x);
        var options = new DbscanOptions { Eps = eps, MinSamples = MinSamples };
        new DbscanClusterer(options).Fit(data.X.Head(Math.Min(x.Rows, 5000)).ToDouble()); // warm-up, untimed (as the other cases)
        var clock = Stopwatch.StartNew();
        var model = new DbscanClusterer(options).Fit(x);
        double seconds = clock.Elapsed.TotalSeconds;
        var quality = DensityPerfCases.Quality(data, model);
        quality["eps"] = eps;
        return new CaseMeasurement { Seconds = seconds, Quality = quality };
    }

    /// <inheritdoc />
    public CaseMeasurement? RunMlNet(BenchData data) => null;

    private static double NinetyPercentCoreEps(Matrix<double> x)
    {
        var rng = new Random(0);
        var sample = Enumerable.Range(0, x.Rows).OrderBy(_ => rng.Next()).Take(2000).ToArray();
        var (_, squared) = new KdTree(x).KNearestAll(x.SelectRows(sample), MinSamples);
        var kth = Enumerable.Range(0, sample.Length).Select(i => Math.Sqrt(squared[(i * MinSamples) + MinSamples - 1])).Order().ToArray();
        return kth[(int)Math.Round(0.9 * (kth.Length - 1))];
    }
}

/// <summary>HDBSCAN with min_cluster_size = 25 and min_samples = 10 (excess of mass).</summary>
public sealed record HdbscanPerfCase(BenchDataSet Data) : IPerfCase
{
    /// <inheritdoc />
    public string Id => $"hdbscan-n{Data.N}-d{Data.D}";

    /// <inheritdoc />
    public string Group => "hdbscan";

    /// <inheritdoc />
    public bool Quick => true;

    /// <inheritdoc />
    public bool Full => true;

    /// <inheritdoc />
    public string Title => $"HDBSCAN {Data.Shape} min_cluster_size=25 min_samples=10";

    /// <inheritdoc />
    public SklearnKey? Sklearn => null;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Targets { get; } = new Dictionary<string, double>();

    /// <inheritdoc />
    public double? MaxRssOverData => null;

    /// <inheritdoc />
    public CaseMeasurement Run(BenchData data)
    {
        var x = data.X.ToDouble();
        var clock = Stopwatch.StartNew();
        var model = new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 25, MinSamples = 10 }).Fit(x);
        double seconds = clock.Elapsed.TotalSeconds;
        return new CaseMeasurement { Seconds = seconds, Quality = DensityPerfCases.Quality(data, model) };
    }

    /// <inheritdoc />
    public CaseMeasurement? RunMlNet(BenchData data) => null;
}
