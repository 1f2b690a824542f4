namespace CustomerAtlas.Bench.Quality;

/// <summary>Command-line settings of <c>quality</c>.</summary>
internal sealed record QualityOptions
{
    public static readonly string[] MainBatteries = ["sipu", "uci", "other"];

    public static readonly string[] GaussianBatteries = ["g2mg", "h2mg"];

    /// <summary>Batteries to run. Default: sipu, uci, other, then g2mg and h2mg (summarized separately).</summary>
    public IReadOnlyList<string> Batteries { get; init; } = [.. MainBatteries, .. GaussianBatteries];

    /// <summary>Only sets with at most <see cref="QuickRowLimit"/> rows, and no g2mg/h2mg unless asked for.</summary>
    public bool Quick { get; init; }

    public int QuickRowLimit { get; init; } = 10_000;

    /// <summary>O(n²) algorithms skip sets with more rows than this (the scikit-learn protocol's cap).</summary>
    public int QuadraticRowLimit { get; init; } = 30_000;

    /// <summary>A fit running longer than this is cancelled and reported as a timeout.</summary>
    public TimeSpan TimeCap { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Only these adapters (by name); empty = all.</summary>
    public IReadOnlyList<string> Algorithms { get; init; } = [];

    public int Seed { get; init; } = 42;

    public string DataDirectory { get; init; } = "";

    public string PeersDirectory { get; init; } = "";

    /// <summary>Per-dataset results are written here as CSV when set.</summary>
    public string? CsvPath { get; init; }

    public bool Verbose { get; init; }

    /// <summary>Only the sets with these names (all when empty): for iterating on a few sets.</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>Print the tables from these saved <see cref="CsvPath"/> files instead of running (merges split runs).</summary>
    public IReadOnlyList<string> FromCsv { get; init; } = [];
}
