namespace CustomerAtlas.Bench.ScaleOut;

/// <summary>Settings of <c>scaleout</c>: either the whole suite (<see cref="All"/>) or one target at one size.</summary>
public sealed record ScaleOutOptions
{
    /// <summary>Target names of a single run: in-process DuckDB, the ClickHouse cluster's first shard alone, both shards.</summary>
    public static readonly IReadOnlyList<string> Targets = ["duckdb", "ch1", "ch2"];

    /// <summary>Run the suite (every size, each target in a child process). Default false: one run.</summary>
    public bool All { get; init; }

    /// <summary>Suite event counts. Default 5M, 20M, 50M: a 10x spread that shows whether client memory stays flat.</summary>
    public IReadOnlyList<long> Sizes { get; init; } = [5_000_000, 20_000_000, 50_000_000];

    /// <summary>Suite events per customer. Default 10: a typical purchase count in the retail logs.</summary>
    public long EventsPerCustomer { get; init; } = 10;

    /// <summary>Folder for the generated logs. Default: the temp folder.</summary>
    public string Directory { get; init; } = Path.GetTempPath();

    /// <summary>Keep the suite's generated logs. Default false: they are gigabytes.</summary>
    public bool KeepFiles { get; init; }

    /// <summary>Single-run target (one of <see cref="Targets"/>). Default ch2: the scale-out case.</summary>
    public string Target { get; init; } = "ch2";

    /// <summary>Single-run event count. Default 50M: the suite's largest size.</summary>
    public long Events { get; init; } = 50_000_000;

    /// <summary>Single-run customer count. Default 5M: 10 events each.</summary>
    public long Customers { get; init; } = 5_000_000;
}
