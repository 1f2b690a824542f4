using System.Diagnostics;
using CustomerAtlas.Core.Clustering.KMeans;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// k-means at the issue-5 sizes (1M×16 k=8/32, 5M×32 k=32; 50 iterations, tol 0, k-means++), against
/// scikit-learn's Lloyd and ML.NET's KMeansTrainer. --quick runs 100k and 1M×16.
/// </summary>
public sealed class KMeansPerfCases : IPerfCaseSource
{
    /// <inheritdoc />
    public IEnumerable<IPerfCase> Cases()
    {
        var small16 = new BenchDataSet(100_000, 16, 16);
        var mid16 = new BenchDataSet(1_000_000, 16, 16);
        var big32 = new BenchDataSet(5_000_000, 32, 16);
        yield return new KMeansPerfCase(small16, 8, KMeansAlgorithm.Hamerly, Quick: true, Full: false);
        yield return new KMeansPerfCase(small16, 32, KMeansAlgorithm.Hamerly, Quick: true, Full: false);
        yield return new KMeansPerfCase(mid16, 8, KMeansAlgorithm.Hamerly, Quick: true, Full: true);
        yield return new KMeansPerfCase(mid16, 32, KMeansAlgorithm.Hamerly, Quick: true, Full: true);
        yield return new KMeansPerfCase(mid16, 32, KMeansAlgorithm.Lloyd, Quick: true, Full: true);
        yield return new KMeansPerfCase(big32, 32, KMeansAlgorithm.Hamerly, Quick: false, Full: true);
        yield return new KMeansPerfCase(big32, 32, KMeansAlgorithm.Lloyd, Quick: false, Full: true);
    }
}

/// <summary>One k-means size.</summary>
public sealed record KMeansPerfCase(BenchDataSet Data, int K, KMeansAlgorithm Algorithm, bool Quick, bool Full) : IPerfCase
{
    private const int Iterations = 50;

    /// <inheritdoc />
    public string Id => $"kmeans-{Algorithm.ToString().ToLowerInvariant()}-n{Data.N}-d{Data.D}-k{K}";

    /// <inheritdoc />
    public string Title => $"k-means {Algorithm.ToString().ToLowerInvariant()} {Data.Shape} k={K}";

    /// <inheritdoc />
    public string Group => "kmeans";

    /// <inheritdoc />
    public SklearnKey? Sklearn => new("lloyd", Data.N, Data.D, K);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Targets { get; } = new Dictionary<string, double> { ["sklearn"] = 0.5, ["mlnet"] = 0.25 };

    /// <inheritdoc />
    public double? MaxRssOverData => Data.N >= 5_000_000 ? 1.2 : null;

    /// <inheritdoc />
    public CaseMeasurement Run(BenchData data)
    {
        var options = new KMeansOptions
        {
            K = K,
            NInit = 1,
            MaxIterations = Iterations,
            Tolerance = 0,
            Algorithm = Algorithm,
            Seed = 0,
        };
        // Warm-up on a slice so JIT compilation is not timed (ML.NET's side warms up too).
        new KMeans(options with { MaxIterations = 2 }).Fit(data.X.Head(Math.Min(data.X.Rows, 20_000)));
        var cpu = ProcessCpu.Start();
        var clock = Stopwatch.StartNew();
        var model = new KMeans(options).Fit(data.X);
        double seconds = clock.Elapsed.TotalSeconds;
        double fitCpu = cpu.Seconds;
        return new CaseMeasurement
        {
            Seconds = seconds,
            FitCpuSeconds = fitCpu,
            InitSeconds = model.Timings.InitSeconds,
            Iterations = model.Iterations,
            Quality = new Dictionary<string, double>
            {
                ["inertia"] = model.Inertia,
                ["ari"] = AdjustedRand.ScoreAgainstFile(data.Set.LabelsPath, model.Labels),
            },
        };
    }

    /// <inheritdoc />
    public CaseMeasurement? RunMlNet(BenchData data) =>
        Algorithm == KMeansAlgorithm.Hamerly ? MlNetKMeans.Run(data, K, Iterations) : null;
}
