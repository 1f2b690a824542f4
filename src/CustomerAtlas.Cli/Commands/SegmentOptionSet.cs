using System.CommandLine;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Schema;
using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Running;
using CustomerAtlas.Pipeline.Segmentation;

namespace CustomerAtlas.Cli.Commands;

/// <summary>The options shared by <c>segment</c> and <c>demo</c>, and their translation into a <see cref="SegmentRequest"/>.</summary>
public sealed class SegmentOptionSet
{
    /// <summary>--out.</summary>
    public Option<string> Out { get; } = new("--out", "-o") { Description = "Run directory to write (replaced atomically)", DefaultValueFactory = _ => "atlas-out" };

    /// <summary>--k.</summary>
    public Option<int?> K { get; } = new("--k") { Description = "Use exactly this many segments instead of choosing k in 2..10 by silhouette" };

    /// <summary>--max-k.</summary>
    public Option<int?> MaxK { get; } = new("--max-k")
    {
        Description = $"Largest k tried (default: automatic mode 1 / --min-segment-share, at most 50; --manual {ManualMaxK})",
    };

    /// <summary>Largest k of the manual mode when <c>--max-k</c> is not given.</summary>
    public const int ManualMaxK = 10;

    /// <summary>--seed.</summary>
    public Option<int> Seed { get; } = new("--seed") { Description = "Random seed (runs are reproducible)", DefaultValueFactory = _ => Core.Internal.Seeds.Default };

    /// <summary>--scaling.</summary>
    public Option<ScalingMethod> Scaling { get; } = new("--scaling")
    {
        Description = "Feature scaling: Robust (median, 1 %-winsorized standard deviation), Standard, or Shared (one spread for every feature: for features in one unit, such as coordinates)",
        DefaultValueFactory = _ => ScalingMethod.Robust,
    };

    /// <summary>--quiet.</summary>
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print nothing but errors" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var o in new Option[] { Out, K, MaxK, Seed, Scaling, Quiet })
        {
            command.Options.Add(o);
        }
    }

    /// <summary>The request for <paramref name="input"/> with these options' values.</summary>
    public SegmentRequest Request(ParseResult parse, DataSource input, SchemaOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new SegmentRequest
        {
            Input = input,
            OutputDirectory = parse.GetValue(Out)!,
            Overrides = overrides,
            Segmentation = new SegmentationOptions { K = parse.GetValue(K), MaxK = parse.GetValue(MaxK) ?? ManualMaxK, Seed = parse.GetValue(Seed) },
            Preprocessing = new PreprocessingOptions { Scaling = parse.GetValue(Scaling) },
        };
    }
}
