namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>Replays every rule of <see cref="LabRules"/> on the cached searches and prints mean ARI per battery.</summary>
internal static class RuleEvaluator
{
    public static void Run(LabOptions options, TextWriter log)
    {
        var sets = CandidateDump.Load(options.CacheDirectory)
            .Where(s => options.Batteries.Contains(s.Battery) && (options.Sets.Count == 0 || options.Sets.Contains(s.Name)))
            .ToArray();
        if (sets.Length == 0)
        {
            throw new InvalidDataException($"No cached sets in {options.CacheDirectory} for the batteries {string.Join(",", options.Batteries)}.");
        }

        if (options.Verbose)
        {
            ValleyRules.Report(sets, log);
            ValleyRules.Top(sets, log);
        }

        var batteries = options.Batteries.Where(b => sets.Any(s => s.Battery == b)).ToArray();
        log.WriteLine($"{sets.Length} sets: {string.Join(", ", batteries.Select(b => $"{b} {sets.Count(s => s.Battery == b)}"))}");
        log.WriteLine($"{"rule",-64} {string.Join(" ", batteries.Select(b => $"{b,7}"))} {"all",7}");
        foreach (var rule in LabRules.All.Concat(ValleyRules.All))
        {
            var ari = sets.ToDictionary(s => s, s => rule.Pick(s)?.Ari ?? 0);
            string perBattery = string.Join(" ", batteries.Select(b => $"{sets.Where(s => s.Battery == b).Average(s => ari[s]),7:F3}"));
            log.WriteLine($"{rule.Name,-64} {perBattery} {ari.Values.Average(),7:F3}");
            if (options.Verbose)
            {
                foreach (var s in sets)
                {
                    var c = rule.Pick(s);
                    log.WriteLine($"    {s.Battery,-6} {s.Name,-16} {c?.Algorithm,-14} {c?.Variant,-16} k={c?.K,-3} sil={c?.Silhouette,6:F3} gap={c?.GapRatio,6:F2} ARI={ari[s]:F3}");
                }
            }
        }
    }
}
