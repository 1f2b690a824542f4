using System.Globalization;
using System.Text.Json;
using CustomerAtlas.Bench.Perf;

namespace CustomerAtlas.Bench.ScaleOut;

/// <summary>
/// <c>bench scaleout --all [--sizes 5000000,20000000,50000000] [--events-per-customer 10] [--dir /tmp] [--keep-files]</c>:
/// every size on two shards (client peak RSS must stay flat as the data grows), the largest size also on one shard
/// and in-process DuckDB, each in a fresh child process; then the paper estimate for 1B events over N shards from
/// the one-shard throughput. Generated logs are deleted at the end unless --keep-files.
/// </summary>
public static class ScaleOutSuite
{
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromMinutes(25);

    /// <summary>Runs the suite.</summary>
    public static int Run(ScaleOutOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sizes = options.Sizes.Order().ToArray();
        var perCustomer = options.EventsPerCustomer;
        var dir = options.Directory;
        var results = new List<ScaleOutMeasurement>();
        ScaleOutTable.PrintHeader();
        try
        {
            foreach (var events in sizes)
            {
                var customers = events / perCustomer;
                EventLogGenerator.EnsureFile(EventLogGenerator.PathFor(dir, events, customers), events, customers);
                string[] targets = events == sizes[^1] ? ["ch2", "ch1", "duckdb"] : ["ch2"];
                foreach (var target in targets)
                {
                    var m = Spawn(target, events, customers, dir);
                    if (m is not null)
                    {
                        results.Add(m);
                        ScaleOutTable.PrintRow(m);
                    }
                }
            }
        }
        finally
        {
            if (!options.KeepFiles)
            {
                foreach (var events in sizes)
                {
                    File.Delete(EventLogGenerator.PathFor(dir, events, events / perCustomer));
                }
            }
        }

        PrintFlatness(results);
        if (results.LastOrDefault(r => r.Target == "ch1") is { } oneShard)
        {
            BillionEventEstimate.Print(oneShard, results.LastOrDefault(r => r.Target == "ch2" && r.Events == oneShard.Events));
        }

        return results.Count == 0 ? 1 : 0;
    }

    private static ScaleOutMeasurement? Spawn(string target, long events, long customers, string dir)
    {
        string[] args = ["scaleout", "--target", target, "--events", events.ToString(CultureInfo.InvariantCulture),
            "--customers", customers.ToString(CultureInfo.InvariantCulture), "--dir", dir];
        // A 32 MiB young generation, as in the earlier runs: peak RSS then shows live memory, not the GC's gen0 budget.
        var run = ChildProcess.RunSelf(args, ChildTimeout, youngGenerationBytes: 32 << 20);
        var line = run.LastLineAfter(ScaleOutBench.ResultPrefix);
        if (line is null)
        {
            Console.WriteLine($"| {target} | {events:N0} | failed: {run.FirstErrorLine(200)} |||||||");
            return null;
        }

        return JsonSerializer.Deserialize<ScaleOutMeasurement>(line);
    }

    private static void PrintFlatness(IReadOnlyList<ScaleOutMeasurement> results)
    {
        var twoShards = results.Where(r => r.Target == "ch2").OrderBy(r => r.Events).ToArray();
        if (twoShards.Length < 2)
        {
            return;
        }

        double growth = twoShards[^1].PeakRssMiB / twoShards[0].PeakRssMiB;
        double dataGrowth = (double)twoShards[^1].Events / twoShards[0].Events;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Client peak RSS on two shards: {twoShards[0].PeakRssMiB:F0} MiB at {twoShards[0].Events:N0} events, {twoShards[^1].PeakRssMiB:F0} MiB at {twoShards[^1].Events:N0} ({growth:F2}x for {dataGrowth:F0}x the data): {(growth <= 1.5 ? "flat (met)" : "GROWS (missed)")}"));
    }
}
