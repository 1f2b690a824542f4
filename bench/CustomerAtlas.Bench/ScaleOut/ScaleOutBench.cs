using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CustomerAtlas.Bench.Perf;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Pushdown;

namespace CustomerAtlas.Bench.ScaleOut;

/// <summary>
/// <c>bench scaleout --target duckdb|ch1|ch2 --events N --customers M</c>: one target at one size in this process
/// (peak RSS is per process): loads the generated log, computes per-customer features where the data lives, runs
/// the k-means++ start on a 100k sample and 20 pushed-down k-means iterations (k = 8), prints one table row and a
/// RESULT line for <see cref="ScaleOutSuite"/>, then drops its tables. ch1/ch2 read the ATLAS_CLICKHOUSE_*
/// variables of scripts/services/clickhouse-start.sh (ch1 = the cluster's first shard alone).
/// </summary>
public static class ScaleOutBench
{
    /// <summary>Prefix of the machine-readable line a child prints.</summary>
    public const string ResultPrefix = "RESULT ";

    private const string EventsTable = "bench_events";
    private const string FeaturesTable = "bench_features";
    private static readonly string[] Features = ["frequency", "monetary", "recency_days", "avg_amount"];

    /// <summary>Runs one target.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Contains("--all"))
        {
            return ScaleOutSuite.Run(args);
        }

        var target = Arg(args, "--target", "ch2");
        var events = long.Parse(Arg(args, "--events", "50000000"), CultureInfo.InvariantCulture);
        var customers = long.Parse(Arg(args, "--customers", "5000000"), CultureInfo.InvariantCulture);
        var file = EventLogGenerator.PathFor(Arg(args, "--dir", Path.GetTempPath()), events, customers);
        EventLogGenerator.EnsureFile(file, events, customers);

        var clock = Stopwatch.StartNew();
        var peaks = new List<double>();
        await using ISqlEngine engine = target switch
        {
            "duckdb" => new DuckDbEngine(),
            "ch2" => new ClickHouseEngine(ClickHouseConnection.FromEnvironment()),
            "ch1" => new ClickHouseEngine(SingleShard()),
            _ => throw new ArgumentException($"--target must be duckdb, ch1 or ch2, got '{target}'.", nameof(args)),
        };
        var ch = engine as ClickHouseEngine;
        try
        {
            string featureRelation;
            if (ch is not null)
            {
                await DropAsync(ch);
                await ClickHouseEventLoader.LoadAsync(ch.Cluster, file, new EventLoadOptions { Table = EventsTable, CustomerColumn = "customer_id" });
                peaks.Add(ProcessMemory.PeakRssMb());
                var load = Lap(clock);
                await ShardLocalTable.CreateAsync(ch.Cluster, FeaturesTable, "customer_id", local => FeatureSql(engine.Dialect, local(EventsTable)));
                featureRelation = ClickHouseCluster.Table(FeaturesTable);
                return await MeasureKMeansAsync(engine, target, events, featureRelation, load, clock, peaks);
            }

            await engine.RegisterSourceAsync(EventsTable, new DataSource { Path = file });
            peaks.Add(ProcessMemory.PeakRssMb());
            var read = Lap(clock);
            await engine.ExecuteAsync($"CREATE TABLE {FeaturesTable} AS {FeatureSql(engine.Dialect, EventsTable)}");
            return await MeasureKMeansAsync(engine, target, events, FeaturesTable, read, clock, peaks);
        }
        finally
        {
            if (ch is not null)
            {
                await DropAsync(ch);
            }
        }
    }

    private static async Task<int> MeasureKMeansAsync(
        ISqlEngine engine, string target, long events, string featureRelation, double load, Stopwatch clock, List<double> peaks)
    {
        var features = Lap(clock);
        peaks.Add(ProcessMemory.PeakRssMb());
        var options = new PushdownKMeansOptions { K = 8, MaxIterations = 20, Tolerance = 0, SampleSize = 100_000 };
        var (startCentroids, _) = await PushdownKMeans.StartAsync(engine, featureRelation, "customer_id", Features, options);
        var start = Lap(clock);
        peaks.Add(ProcessMemory.PeakRssMb());
        var fit = await PushdownKMeans.FitAsync(engine, featureRelation, "customer_id", Features, options, startCentroids);
        var kmeans = Lap(clock);
        peaks.Add(ProcessMemory.PeakRssMb());
        var m = new ScaleOutMeasurement(target, events, fit.Counts.Sum(), load, features, start, kmeans, fit.Iterations,
            ProcessMemory.PeakRssMb(), [.. peaks]);
        ScaleOutTable.PrintHeader();
        ScaleOutTable.PrintRow(m);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(m));
        return 0;
    }

    private static async Task DropAsync(ClickHouseEngine ch)
    {
        await ch.Cluster.DropTableAsync(FeaturesTable);
        await ch.Cluster.DropTableAsync(EventsTable);
        await ch.Cluster.Initiator.ExecuteAsync($"DROP TABLE IF EXISTS {ClickHouseSql.Identifier(EventsTable + "_loads")}");
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

    private static double Lap(Stopwatch clock)
    {
        var s = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return s;
    }

    /// <summary>The value after <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public static string Arg(string[] args, string name, string fallback)
    {
        ArgumentNullException.ThrowIfNull(args);
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
