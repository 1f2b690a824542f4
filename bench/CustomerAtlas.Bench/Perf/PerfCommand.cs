using System.Text.Json.Nodes;

namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// <c>perf [--quick] [--only g1,g2] [--no-peers]</c>: runs scikit-learn's script (which also writes the shared
/// data), then every selected case of ours and of ML.NET in a fresh child process each, and prints one
/// table with times, ratios, peak RSS and quality, followed by which issue-5 targets are met.
/// </summary>
public static class PerfCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        bool peers = !args.Contains("--no-peers");
        int only = Array.IndexOf(args, "--only");
        var groups = only >= 0 && only + 1 < args.Length ? args[only + 1].Split(',').ToHashSet() : null;
        var unknown = args.Where((a, i) => a.StartsWith("--", StringComparison.Ordinal) && a is not ("--quick" or "--no-peers" or "--only")).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"error: unknown option {unknown[0]} (options: --quick, --only GROUPS, --no-peers)");
            return 2;
        }

        var cases = PerfCases.All.Where(c => (quick ? c.Quick : c.Full) && (groups is null || groups.Contains(c.Group))).ToList();
        if (cases.Count == 0)
        {
            Console.Error.WriteLine("error: no perf case matches the selection");
            return 2;
        }

        var log = Console.Out;
        log.WriteLine($"# CustomerAtlas perf bench ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSArchitecture}, .NET {Environment.Version}");
        IReadOnlyList<JsonObject> sklearn = [];
        if (peers)
        {
            sklearn = RunSklearn(cases, quick, log);
        }

        var rows = new List<PerfRow>();
        foreach (var perfCase in cases)
        {
            if (!perfCase.Data.Exists)
            {
                rows.Add(new PerfRow(perfCase, new CaseMeasurement { Error = $"data missing: {perfCase.Data.DataPath}" }, null, null));
                continue;
            }

            log.WriteLine($"# running {perfCase.Title} ...");
            var ours = PerfChild.Spawn(PerfChild.Ours, perfCase, TimeSpan.FromMinutes(20)) ?? new CaseMeasurement { Error = "no result" };
            var ml = peers ? PerfChild.Spawn(PerfChild.MlNet, perfCase, TimeSpan.FromMinutes(20)) : null;
            var sk = perfCase.Sklearn is { } key && SklearnPeer.Find(sklearn, key) is { } row ? SklearnPeer.ToMeasurement(row) : null;
            rows.Add(new PerfRow(perfCase, ours, sk, ml));
        }

        PerfReport.Print(rows, log);
        return 0;
    }

    private static IReadOnlyList<JsonObject> RunSklearn(List<IPerfCase> cases, bool quick, TextWriter log)
    {
        string? script = SklearnPeer.LocateScript();
        if (script is null)
        {
            log.WriteLine("# scikit-learn script not found (set CUSTOMERATLAS_SHARED); peers skipped");
            return [];
        }

        if (!SklearnPeer.EnsureInstalled(log))
        {
            log.WriteLine("# python3-sklearn could not be installed; scikit-learn skipped");
            return [];
        }

        var sklearnGroups = cases.Where(c => c.Sklearn is not null).Select(c => c.Group).Distinct().ToList();
        return sklearnGroups.Count == 0 ? [] : SklearnPeer.Run(script, sklearnGroups, quick, log);
    }
}
