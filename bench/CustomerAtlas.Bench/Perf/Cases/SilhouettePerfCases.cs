using System.Diagnostics;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// Silhouette of the generating labels on the shared 20k×16 blobs (8 centres): exact (target 0.25×
/// scikit-learn, O(n) memory instead of its chunked n×n distances) and sampled at 10,000 rows.
/// </summary>
public sealed class SilhouettePerfCases : IPerfCaseSource
{
    /// <inheritdoc />
    public IEnumerable<IPerfCase> Cases()
    {
        var set = new BenchDataSet(20_000, 16, 8);
        yield return new SilhouettePerfCase(set, null);
        yield return new SilhouettePerfCase(set, 10_000);
    }
}

/// <summary>Exact (<paramref name="SampleSize"/> null) or sampled silhouette.</summary>
public sealed record SilhouettePerfCase(BenchDataSet Data, int? SampleSize) : IPerfCase
{
    /// <inheritdoc />
    public string Id => SampleSize is { } s ? $"silhouette-sample{s}-n{Data.N}-d{Data.D}" : $"silhouette-full-n{Data.N}-d{Data.D}";

    /// <inheritdoc />
    public string Group => "silhouette";

    /// <inheritdoc />
    public bool Quick => true;

    /// <inheritdoc />
    public bool Full => true;

    /// <inheritdoc />
    public string Title => SampleSize is { } s ? $"silhouette sampled {s} of {Data.Shape}" : $"silhouette exact {Data.Shape}";

    /// <inheritdoc />
    public SklearnKey? Sklearn => new(SampleSize is null ? "silhouette_full" : "silhouette_sample10k", Data.N, Data.D, null);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Targets { get; } =
        SampleSize is null ? new Dictionary<string, double> { ["sklearn"] = 0.25 } : new Dictionary<string, double>();

    /// <inheritdoc />
    public double? MaxRssOverData => null;

    /// <inheritdoc />
    public CaseMeasurement Run(BenchData data)
    {
        Matrix<double> x = data.X.ToDouble();
        var clock = Stopwatch.StartNew();
        double score = SampleSize is { } s ? Silhouette.SampledScore(x, data.Truth, s, seed: 0) : Silhouette.Score(x, data.Truth);
        double seconds = clock.Elapsed.TotalSeconds;
        return new CaseMeasurement { Seconds = seconds, Quality = new Dictionary<string, double> { ["silhouette"] = score } };
    }

    /// <inheritdoc />
    public CaseMeasurement? RunMlNet(BenchData data) => null;
}
