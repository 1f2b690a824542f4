using System.Diagnostics;
using CustomerAtlas.Core.Clustering.MiniBatchKMeans;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// Mini-batch k-means: 100 steps of 4,096 rows drawn uniformly (as the peer script does with partial_fit),
/// k-means++ on the first batch; 5M×32 k = 32 (quick: 1M×16). The full-data labelling for the quality
/// figures is not timed, on either side.
/// </summary>
public sealed class MiniBatchPerfCases : IPerfCaseSource
{
    /// <inheritdoc />
    public IEnumerable<IPerfCase> Cases()
    {
        yield return new MiniBatchPerfCase(new BenchDataSet(1_000_000, 16, 16), 32, Quick: true, Full: false);
        yield return new MiniBatchPerfCase(new BenchDataSet(5_000_000, 32, 16), 32, Quick: false, Full: true);
    }
}

/// <summary>One mini-batch size.</summary>
public sealed record MiniBatchPerfCase(BenchDataSet Data, int K, bool Quick, bool Full) : IPerfCase
{
    private const int Steps = 100;
    private const int BatchSize = 4096;

    /// <inheritdoc />
    public string Id => $"minibatch-n{Data.N}-d{Data.D}-k{K}";

    /// <inheritdoc />
    public string Title => $"mini-batch {Data.Shape} k={K} 100×4096";

    /// <inheritdoc />
    public string Group => "minibatch";

    /// <inheritdoc />
    public SklearnKey? Sklearn => new("minibatch", Data.N, Data.D, K);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Targets { get; } = new Dictionary<string, double> { ["sklearn"] = 0.5 };

    /// <inheritdoc />
    public double? MaxRssOverData => null;

    /// <inheritdoc />
    public CaseMeasurement Run(BenchData data)
    {
        var options = new MiniBatchKMeansOptions { K = K, BatchSize = BatchSize, Seed = 0 };
        Feed(new MiniBatchKMeansStream(options), data.X, 3); // warm-up, untimed
        var stream = new MiniBatchKMeansStream(options);
        var clock = Stopwatch.StartNew();
        Feed(stream, data.X, Steps);
        double seconds = clock.Elapsed.TotalSeconds;
        var model = stream.ToModel(data.X);
        return new CaseMeasurement
        {
            Seconds = seconds,
            Iterations = Steps,
            Quality = new Dictionary<string, double>
            {
                ["inertia"] = model.Inertia,
                ["ari"] = AdjustedRand.ScoreAgainstFile(data.Set.LabelsPath, model.Labels),
            },
        };
    }

    /// <inheritdoc />
    public CaseMeasurement? RunMlNet(BenchData data) => null;

    private static void Feed(MiniBatchKMeansStream stream, Matrix<float> x, int steps)
    {
        var rng = new Random(0);
        var picks = new int[BatchSize];
        for (int step = 0; step < steps; step++)
        {
            for (int r = 0; r < BatchSize; r++)
            {
                picks[r] = rng.Next(x.Rows);
            }

            stream.PartialFit(x, picks);
        }
    }
}
