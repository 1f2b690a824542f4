namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// <c>perf [--quick] [--only g1,g2] [--match id-part,...] [--no-peers]</c>: for every selected case, generates the shared data
/// with scikit-learn's script, then times scikit-learn, CustomerAtlas and ML.NET back to back, each in a
/// fresh child process, and prints one table with times, CPU times, ratios, peak RSS and quality,
/// followed by which issue-5 targets are met.
/// </summary>
public static class PerfCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(PerfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool quick = options.Quick;
        bool peers = options.Peers;
        var groups = options.Groups?.ToHashSet();
        var match = options.Match;

        var cases = PerfCases.All
            .Where(c => (quick ? c.Quick : c.Full) && (groups is null || groups.Contains(c.Group)))
            .Where(c => match is null || match.Any(m => c.Id.Contains(m, StringComparison.Ordinal)))
            .ToList();
        if (cases.Count == 0)
        {
            Console.Error.WriteLine("error: no perf case matches the selection");
            return 2;
        }

        var log = Console.Out;
        log.WriteLine($"# CustomerAtlas perf bench ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSArchitecture}, .NET {Environment.Version}, load average {LoadAverage()}");
        // The script also generates the shared data, so it is prepared even when peers are not timed.
        string? script = PrepareSklearn(log);
        var rows = new List<PerfRow>();
        foreach (var perfCase in cases)
        {
            string? problem = script is null ? null : SklearnPeer.Generate(script, perfCase.Data);
            if (!perfCase.Data.Exists)
            {
                rows.Add(new PerfRow(perfCase, new CaseMeasurement { Error = problem ?? $"data missing: {perfCase.Data.DataPath} (run with peers to generate it)" }, null, null));
                continue;
            }

            // The three sides back to back, so they share the machine's load at that moment.
            log.WriteLine($"# running {perfCase.Title} ...");
            var timeout = TimeSpan.FromMinutes(20);
            var sk = peers && script is not null && perfCase.Sklearn is { } key ? SklearnPeer.RunCase(script, key, perfCase.Data, timeout) : null;
            var ours = PerfChild.Spawn(PerfChild.Ours, perfCase, timeout) ?? new CaseMeasurement { Error = "no result" };
            var ml = peers ? PerfChild.Spawn(PerfChild.MlNet, perfCase, timeout) : null;
            rows.Add(new PerfRow(perfCase, ours, sk, ml));
            log.WriteLine($"#   done: ours {ours.Seconds:0.###}s ({FitCpu(ours)}cpu {ours.CpuSeconds:0.##}, peak {ours.PeakRssMb:0} MiB){Side("sklearn", sk)}{Side("ML.NET", ml)}");
        }

        PerfReport.Print(rows, log);
        return 0;
    }

    private static string? PrepareSklearn(TextWriter log)
    {
        string? script = SklearnPeer.LocateScript();
        if (script is null)
        {
            log.WriteLine("# scikit-learn script not found (set ATLAS_SHARED_DATA to the shared data folder); scikit-learn skipped");
            return null;
        }

        if (!SklearnPeer.EnsureInstalled(log))
        {
            log.WriteLine("# python3-sklearn could not be installed; scikit-learn skipped");
            return null;
        }

        return script;
    }

    private static string Side(string name, CaseMeasurement? m) =>
        m is null ? string.Empty : m.Error is not null ? $"; {name} error" : $"; {name} {m.Seconds:0.###}s ({FitCpu(m)}cpu {m.CpuSeconds:0.##}, peak {m.PeakRssMb:0} MiB)";

    private static string FitCpu(CaseMeasurement m) => m.FitCpuSeconds is { } s ? $"fit cpu {s:0.###}, " : string.Empty;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
