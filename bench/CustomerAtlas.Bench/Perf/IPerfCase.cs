namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// One timed case of the perf bench (e.g. "k-means 1M×16 k=32"). Cases are found by reflection through
/// <see cref="IPerfCaseSource"/>, so adding a case is adding a file.
/// </summary>
public interface IPerfCase
{
    /// <summary>Unique id, used on the child command line (no spaces).</summary>
    string Id { get; }

    /// <summary>Group, as passed to --only.</summary>
    string Group { get; }

    /// <summary>Whether the case runs under --quick (small sizes).</summary>
    bool Quick { get; }

    /// <summary>Whether the case runs in the full bench (the sizes).</summary>
    bool Full { get; }

    /// <summary>Human-readable name for the table, e.g. "k-means hamerly 1M×16 k=8".</summary>
    string Title { get; }

    /// <summary>The shared data set the case reads.</summary>
    BenchDataSet Data { get; }

    /// <summary>The scikit-learn result this case is compared with (null = none).</summary>
    SklearnKey? Sklearn { get; }

    /// <summary>Ratio targets: peer name ("sklearn", "mlnet") to the largest allowed ours/peer time.</summary>
    IReadOnlyDictionary<string, double> Targets { get; }

    /// <summary>Largest allowed peak RSS as a multiple of the data size (null = no memory target).</summary>
    double? MaxRssOverData { get; }

    /// <summary>Runs CustomerAtlas on the loaded data (in the child process).</summary>
    CaseMeasurement Run(BenchData data);

    /// <summary>Runs the ML.NET peer on the loaded data (in the child process), or null when there is none.</summary>
    CaseMeasurement? RunMlNet(BenchData data);
}

/// <summary>Supplies perf cases; every non-abstract implementation in the assembly is used.</summary>
public interface IPerfCaseSource
{
    /// <summary>The cases of this source.</summary>
    IEnumerable<IPerfCase> Cases();
}

/// <summary>
/// Identifies one scikit-learn case: the spec passed to a peer script's <c>--child</c>. <paramref name="Script"/>
/// names a peer script shipped beside the bench (null = the shared peers/sklearn_bench.py).
/// </summary>
public sealed record SklearnKey(string Alg, int N, int D, int? K, string? Script = null);

/// <summary>What one run of one side measured.</summary>
public sealed record CaseMeasurement
{
    /// <summary>Total seconds (seeding included).</summary>
    public double Seconds { get; init; }

    /// <summary>Seconds spent seeding, where the side reports it.</summary>
    public double? InitSeconds { get; init; }

    /// <summary>
    /// CPU seconds (all threads) of the timed fit alone, where the side measures it: steadier than wall
    /// seconds on a loaded machine, and free of the process start and data loading in <see cref="CpuSeconds"/>.
    /// </summary>
    public double? FitCpuSeconds { get; init; }

    /// <summary>Iterations run, where meaningful.</summary>
    public int? Iterations { get; init; }

    /// <summary>Quality figures by name ("inertia", "ari").</summary>
    public Dictionary<string, double> Quality { get; init; } = [];

    /// <summary>CPU seconds (user + system) of the whole child process, filled by the parent.</summary>
    public double CpuSeconds { get; init; } = double.NaN;

    /// <summary>Peak resident memory of the process in MiB (filled by the child).</summary>
    public double PeakRssMb { get; init; }

    /// <summary>Set when the side failed.</summary>
    public string? Error { get; init; }
}
