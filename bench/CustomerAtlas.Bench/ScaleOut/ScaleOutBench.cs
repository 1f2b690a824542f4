using System.Diagnostics;
using System.Globalization;
using System.Text;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Pushdown;

namespace CustomerAtlas.Bench.ScaleOut;

/// <summary>
/// <c>bench scaleout --target duckdb|ch1|ch2 --events N --customers M</c>: generates an event log, loads it,
/// computes per-customer features where the data lives and runs 20 pushed-down k-means iterations (k = 8),
/// printing one table row with the phase times and this process's peak RSS. Run once per target (peak RSS is
/// per process); ch1/ch2 read the ATLAS_CLICKHOUSE_* variables of scripts/services/clickhouse-start.sh.
/// </summary>
public static class ScaleOutBench
{
    private static readonly string[] Features = ["frequency", "monetary", "recency_days", "avg_amount"];

    public static async Task<int> RunAsync(string[] args)
    {
        var target = Arg(args, "--target", "ch2");
        var events = long.Parse(Arg(args, "--events", "50000000"), CultureInfo.InvariantCulture);
        var customers = long.Parse(Arg(args, "--customers", "5000000"), CultureInfo.InvariantCulture);
        var dir = Arg(args, "--dir", Path.GetTempPath());
        var file = Path.Combine(dir, $"atlas-scaleout-{events}-{customers}.csv");
        if (!File.Exists(file)) Generate(file, events, customers);

        var clock = Stopwatch.StartNew();
        var peaks = new List<double>();
        double load, features, kmeans;
        await using ISqlEngine engine = target switch
        {
            "duckdb" => new DuckDbEngine(),
            "ch2" => new ClickHouseEngine(ClickHouseConnection.FromEnvironment()),
            "ch1" => new ClickHouseEngine(SingleShard()),
            _ => throw new ArgumentException($"--target must be duckdb, ch1 or ch2, got '{target}'.", nameof(args)),
        };
        string featureRelation;
        if (engine is ClickHouseEngine ch)
        {
            await ch.Cluster.DropTableAsync("bench_events");
            await ch.Cluster.Initiator.ExecuteAsync("DROP TABLE IF EXISTS bench_events_loads");
            await ClickHouseEventLoader.LoadAsync(ch.Cluster, file, new EventLoadOptions { Table = "bench_events", CustomerColumn = "customer_id" });
            load = Lap(clock);
            peaks.Add(PeakMiB());
            await ShardLocalTable.CreateAsync(ch.Cluster, "bench_features", "customer_id", local => FeatureSql(engine.Dialect, local("bench_events")));
            featureRelation = ClickHouseCluster.Table("bench_features");
        }
        else
        {
            await engine.RegisterSourceAsync("bench_events", new DataSource { Path = file });
            load = Lap(clock);
            peaks.Add(PeakMiB());
            await engine.ExecuteAsync($"CREATE TABLE bench_features AS {FeatureSql(engine.Dialect, "bench_events")}");
            featureRelation = "bench_features";
        }
        features = Lap(clock);
        peaks.Add(PeakMiB());
        var options = new PushdownKMeansOptions { K = 8, MaxIterations = 20, Tolerance = 0, SampleSize = 100_000 };
        var (startCentroids, _) = await PushdownKMeans.StartAsync(engine, featureRelation, "customer_id", Features, options);
        var start = Lap(clock);
        peaks.Add(PeakMiB());
        var fit = await PushdownKMeans.FitAsync(engine, featureRelation, "customer_id", Features, options, startCentroids);
        kmeans = Lap(clock);
        peaks.Add(PeakMiB());
        var rows = fit.Counts.Sum();
        var peakMiB = PeakMiB();
        Console.WriteLine("| target | events | customers | load s | features s | start (100k sample) s | 20 iterations s | s/iteration | client peak RSS MiB (after load / features / start / iterations) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {target} | {events:N0} | {rows:N0} | {load:F1} | {features:F1} | {start:F1} | {kmeans:F1} | {kmeans / fit.Iterations:F3} | {peakMiB:F0} ({string.Join(" / ", peaks.Select(p => p.ToString("F0", CultureInfo.InvariantCulture)))}) |"));
        return 0;
    }

    private static string FeatureSql(ISqlDialect d, string relation) =>
        $"SELECT customer_id, count(*) AS frequency, sum(amount) AS monetary, " +
        $"({d.EpochSeconds("'2025-01-01 00:00:00'")} - {d.EpochSeconds("max(ts)")}) / 86400.0 AS recency_days, " +
        $"avg(amount) AS avg_amount FROM {relation} GROUP BY customer_id";

    private static ClickHouseConnection SingleShard()
    {
        var two = ClickHouseConnection.FromEnvironment();
        return new ClickHouseConnection(two.Url, two.Cluster + "_shard1", two.User, two.Password, [two.Url]);
    }

    private static void Generate(string path, long events, long customers)
    {
        var rng = new Random(42);
        var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write("customer_id,ts,amount\n");
            for (long i = 0; i < events; i++)
            {
                var customer = (long)(Math.Pow(rng.NextDouble(), 2) * customers);
                var ts = start.AddSeconds(rng.Next(0, 730 * 86400));
                var amount = Math.Round(5 + rng.NextDouble() * (customer % 7 + 1) * 40, 2);
                writer.Write(customer.ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(ts.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(amount.ToString(CultureInfo.InvariantCulture));
                writer.Write('\n');
            }
        }
        File.Move(temp, path, overwrite: true);
    }

    private static double PeakMiB()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    private static double Lap(Stopwatch clock)
    {
        var s = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return s;
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
