using System.Diagnostics;
using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// Diagonal Gaussian mixture on the shared 100k blobs (16 centres), 50 EM iterations with tol 0 and
/// one k-means init, as the peer script runs scikit-learn (float64, init included in the time).
/// </summary>
public sealed class MixturePerfCases : IPerfCaseSource
{
    /// <inheritdoc />
    public IEnumerable<IPerfCase> Cases()
    {
        foreach (int d in new[] { 16, 32 })
        {
            foreach (int k in new[] { 8, 32 })
            {
                yield return new GmmDiagPerfCase(new BenchDataSet(100_000, d, 16), k, Quick: true);
            }
        }
    }
}

/// <summary>One GMM size (issue 5 lists 100k×16 k=32).</summary>
public sealed record GmmDiagPerfCase(BenchDataSet Data, int K, bool Quick) : IPerfCase
{
    private const int Iterations = 50;

    /// <inheritdoc />
    public string Id => $"gmm-diag-n{Data.N}-d{Data.D}-k{K}";

    /// <inheritdoc />
    public string Group => "gmm";

    /// <inheritdoc />
    public bool Full => true;

    /// <inheritdoc />
    public string Title => $"GMM diag {Data.Shape} k={K} ({Iterations} EM it.)";

    /// <inheritdoc />
    public SklearnKey? Sklearn => new("gmm_diag", Data.N, Data.D, K);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Targets { get; } = new Dictionary<string, double> { ["sklearn"] = 0.5 };

    /// <inheritdoc />
    public double? MaxRssOverData => null;

    /// <inheritdoc />
    public CaseMeasurement Run(BenchData data)
    {
        Matrix<double> x = data.X.ToDouble();
        var options = new GaussianMixtureOptions
        {
            ComponentCount = K,
            CovarianceType = CovarianceType.Diagonal,
            MaxIterations = Iterations,
            Tolerance = 0,
            Seed = 0,
        };
        new GaussianMixtureClusterer(options with { MaxIterations = 2 }).Fit(data.X.Head(Math.Min(x.Rows, 5000)).ToDouble()); // warm-up, untimed
        var clock = Stopwatch.StartNew();
        var model = new GaussianMixtureClusterer(options).Fit(x);
        double seconds = clock.Elapsed.TotalSeconds;
        return new CaseMeasurement
        {
            Seconds = seconds,
            Iterations = model.Iterations,
            Quality = new Dictionary<string, double>
            {
                ["lower_bound"] = model.LowerBound,
                ["ari"] = AdjustedRandIndex.Score(data.Truth, model.Labels),
            },
        };
    }

    /// <inheritdoc />
    public CaseMeasurement? RunMlNet(BenchData data) => null;
}
