using System.Globalization;

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

    public const string Usage =
        "quality [--battery sipu,uci,other,g2mg,h2mg] [--quick] [--algorithms a,b] [--time-cap SECONDS] [--seed N]\n"
        + "        [--data DIR (default ../shared/data/clustering-data-v1)] [--peers DIR (default ../shared/peers)] [--csv FILE] [--verbose] [--sets a1,flame]\n"
        + "quality --from-csv a.csv,b.csv   (print the tables of saved runs)";

    /// <summary>Parses the arguments after "quality"; throws <see cref="ArgumentException"/> naming the bad option.</summary>
    public static QualityOptions Parse(IReadOnlyList<string> args, string repositoryParent)
    {
        var options = new QualityOptions
        {
            DataDirectory = Path.Combine(repositoryParent, "shared", "data", "clustering-data-v1"),
            PeersDirectory = Path.Combine(repositoryParent, "shared", "peers"),
        };
        bool batteriesGiven = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value.", arg);
            options = arg switch
            {
                "--battery" or "--batteries" => options with { Batteries = List(Value()) },
                "--quick" => options with { Quick = true },
                "--algorithms" or "--algorithm" => options with { Algorithms = List(Value()) },
                "--time-cap" => options with { TimeCap = TimeSpan.FromSeconds(Positive(arg, Value())) },
                "--seed" => options with { Seed = (int)Positive(arg, Value(), allowZero: true) },
                "--data" => options with { DataDirectory = Value() },
                "--peers" => options with { PeersDirectory = Value() },
                "--csv" => options with { CsvPath = Value() },
                "--verbose" => options with { Verbose = true },
                "--sets" => options with { Sets = List(Value()) },
                "--from-csv" => options with { FromCsv = List(Value()) },
                _ => throw new ArgumentException($"Unknown option '{arg}'.", arg),
            };
            batteriesGiven |= arg is "--battery" or "--batteries";
        }

        if (options.Quick && !batteriesGiven)
        {
            options = options with { Batteries = MainBatteries };
        }

        var unknown = options.Algorithms.Where(a => AdapterRegistry.All.All(x => x.Name != a)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException(
                $"Unknown algorithm(s) {string.Join(", ", unknown)}; known: {string.Join(", ", AdapterRegistry.All.Select(a => a.Name))}.",
                "--algorithms");
        }

        return options;
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double Positive(string option, string value, bool allowZero = false) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && (v > 0 || (allowZero && v == 0))
            ? v
            : throw new ArgumentException($"{option} needs a positive number, got '{value}'.", option);
}
