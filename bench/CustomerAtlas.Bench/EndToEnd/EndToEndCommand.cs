using System.Diagnostics;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Running;
using CustomerAtlas.Testing;

namespace CustomerAtlas.Bench.EndToEnd;

/// <summary>
/// <c>e2e [FILE] [--runs N]</c>: raw file → run directory (report included) with the real pipeline,
/// printing the wall time of each phase. Default input: the shared online-retail log.
/// The first run is a warm-up (JIT, DuckDB extension load) and is reported separately.
/// </summary>
public static class EndToEndCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(EndToEndOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string input = options.Input ?? SharedData.File("online-retail", "online_retail.csv.gz");
        int runs = options.Runs;
        Console.WriteLine($"e2e: {input}, {Environment.ProcessorCount} cores, {runs} runs after one warm-up");
        var totals = new List<double>();
        for (int r = 0; r <= runs; r++)
        {
            string outDir = Path.Combine(Path.GetTempPath(), $"atlas-bench-{Guid.NewGuid():N}");
            var watch = Stopwatch.StartNew();
            var result = SegmentPipeline.RunAsync(new SegmentRequest { Input = new DataSource { Path = input }, OutputDirectory = outDir }).GetAwaiter().GetResult();
            watch.Stop();
            Directory.Delete(outDir, recursive: true);
            string label = r == 0 ? "warm-up" : $"run {r}";
            Console.WriteLine($"{label,-8} total {watch.Elapsed.TotalSeconds,6:0.00} s  customers {result.Assignments.Count}  k {result.Model.K}");
            foreach (var (phase, elapsed) in result.Phases)
            {
                Console.WriteLine($"           {phase,-38} {elapsed.TotalSeconds,6:0.00} s");
            }

            if (r > 0)
            {
                totals.Add(watch.Elapsed.TotalSeconds);
            }
        }

        totals.Sort();
        Console.WriteLine($"median total over {totals.Count} runs: {totals[totals.Count / 2]:0.00} s");
        return 0;
    }
}
