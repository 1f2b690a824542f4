using System.Diagnostics;
using CustomerAtlas.Core.Reduction.Pca;

namespace CustomerAtlas.Bench.Perf;

/// <summary>PCA 1M×32 to 8 components (quick: 100k×32), against scikit-learn's PCA (auto solver).</summary>
public sealed class PcaPerfCases : IPerfCaseSource
{
    /// <inheritdoc />
    public IEnumerable<IPerfCase> Cases()
    {
        yield return new PcaPerfCase(new BenchDataSet(100_000, 32, 16), PcaSolver.Exact, Quick: true, Full: false);
        yield return new PcaPerfCase(new BenchDataSet(1_000_000, 32, 16), PcaSolver.Exact, Quick: false, Full: true);
        yield return new PcaPerfCase(new BenchDataSet(1_000_000, 32, 16), PcaSolver.Randomized, Quick: false, Full: true);
    }
}

/// <summary>One PCA size and solver.</summary>
public sealed record PcaPerfCase(BenchDataSet Data, PcaSolver Solver, bool Quick, bool Full) : IPerfCase
{
    private const int Components = 8;

    /// <inheritdoc />
    public string Id => $"pca-{Solver.ToString().ToLowerInvariant()}-n{Data.N}-d{Data.D}";

    /// <inheritdoc />
    public string Title => $"PCA {Solver.ToString().ToLowerInvariant()} {Data.Shape} to {Components}";

    /// <inheritdoc />
    public string Group => "pca";

    /// <inheritdoc />
    public SklearnKey? Sklearn => new("pca", Data.N, Data.D, Components, "sklearn_pca_peer.py");

    /// <inheritdoc />
    public IReadOnlyDictionary<string, double> Targets { get; } = new Dictionary<string, double>();

    /// <inheritdoc />
    public double? MaxRssOverData => null;

    /// <inheritdoc />
    public CaseMeasurement Run(BenchData data)
    {
        var options = new PcaOptions { Components = Components, Solver = Solver };
        new Pca(options).Fit(data.X.Head(Math.Min(data.X.Rows, 20_000))); // warm-up, untimed
        var clock = Stopwatch.StartNew();
        var model = new Pca(options).Fit(data.X);
        return new CaseMeasurement
        {
            Seconds = clock.Elapsed.TotalSeconds,
            Quality = new Dictionary<string, double> { ["explained"] = model.ExplainedVarianceRatio.Sum() },
        };
    }

    /// <inheritdoc />
    public CaseMeasurement? RunMlNet(BenchData data) => null;
}
