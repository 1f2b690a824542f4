using System.CommandLine;
using System.Globalization;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Pipeline.Automatic;

namespace CustomerAtlas.Cli.Automatic;

/// <summary>
/// The automatic-mode options of <c>atlas segment</c>: <c>--budget</c>, <c>--time-limit</c>, <c>--min-segment-share</c>,
/// <c>--algorithm</c>, <c>--protected</c>, and <c>--manual</c> to fall back to plain k-means chosen by
/// silhouette. (<c>--k</c>, <c>--max-k</c>, <c>--seed</c> and <c>--outcome</c> are the command's own
/// options and are passed in.)
/// </summary>
public sealed class AutomaticOptions
{
    /// <summary>Search budget in reference seconds.</summary>
    public Option<double> Budget { get; } = new("--budget")
    {
        Description = "Planned search effort in seconds of a 2-core machine (default 60); planned from cost estimates, so the result does not depend on this machine's speed.",
        DefaultValueFactory = _ => 60,
    };

    /// <summary>Wall-clock safety stop in seconds (default 3 × budget).</summary>
    public Option<double?> TimeLimit { get; } = new("--time-limit")
    {
        Description = "Wall-clock seconds after which the search stops whatever it is doing (default 3 × --budget); a run it stops says so.",
    };

    /// <summary>Smallest segment share.</summary>
    public Option<double?> MinSegmentShare { get; } = new("--min-segment-share")
    {
        Description = "Smallest share of customers a segment may hold (default 0.02, or 100 customers where that is less, at least 0.005).",
    };

    /// <summary>Forced algorithm.</summary>
    public Option<string?> Algorithm { get; } = new("--algorithm")
    {
        Description = $"Use only this algorithm: {string.Join(", ", SegmentAlgorithms.Names)} (default: search all).",
    };

    /// <summary>Protected attributes.</summary>
    public Option<string?> Protected { get; } = new("--protected")
    {
        Description = "Comma-separated protected attributes (e.g. gender,SeniorCitizen): kept out of the features; segment composition checked.",
    };

    /// <summary>Turns automatic mode off.</summary>
    public Option<bool> Manual { get; } = new("--manual")
    {
        Description = "Skip the automatic search: k-means with k chosen by silhouette only.",
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Budget);
        command.Add(TimeLimit);
        command.Add(MinSegmentShare);
        command.Add(Algorithm);
        command.Add(Protected);
        command.Add(Manual);
    }

    /// <summary>
    /// The automatic options the command line asks for, or null with <c>--manual</c>. Invalid values
    /// raise an <see cref="ArgumentException"/> naming the option (the CLI turns it into exit code 2).
    /// </summary>
    public AutoSegmentationOptions? Bind(ParseResult parse, int? k, int? seed, int? maxK)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(Manual))
        {
            return null;
        }

        double budget = parse.GetValue(Budget);
        if (!(budget > 0) || !double.IsFinite(budget))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"must be a positive number of seconds, got {budget}."), "--budget");
        }

        double? limit = parse.GetValue(TimeLimit);
        if (limit is double l && (!(l > 0) || !double.IsFinite(l)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"must be a positive number of seconds, got {l}."), "--time-limit");
        }

        var options = new AutoSegmentationOptions
        {
            Budget = TimeSpan.FromSeconds(budget),
            TimeLimit = limit is double seconds ? TimeSpan.FromSeconds(seconds) : null,
            MinSegmentShare = parse.GetValue(MinSegmentShare),
            MaxK = maxK,
            Algorithm = parse.GetValue(Algorithm),
            K = k,
            Seed = seed,
            ProtectedAttributes = (parse.GetValue(Protected) ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        options.Validate();
        return options;
    }
}
