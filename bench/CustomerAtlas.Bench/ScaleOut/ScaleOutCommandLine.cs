using System.CommandLine;
using CustomerAtlas.Bench.CommandLine;

namespace CustomerAtlas.Bench.ScaleOut;

/// <summary>The <c>scaleout</c> subcommand's options.</summary>
internal static class ScaleOutCommandLine
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var defaults = new ScaleOutOptions();
        var all = new Option<bool>("--all") { Description = "Run the suite: every size on two shards, the largest also on one shard and DuckDB, each in a child process" };
        var sizes = OptionRules.CommaList<long>("--sizes", "Suite event counts", () => [.. defaults.Sizes], OptionRules.AtLeast(1L));
        var perCustomer = OptionRules.Number("--events-per-customer", "Suite events per customer", defaults.EventsPerCustomer, minimum: 1L);
        var dir = new Option<string>("--dir") { Description = "Folder for the generated event logs", DefaultValueFactory = _ => defaults.Directory };
        var keep = new Option<bool>("--keep-files") { Description = "Keep the suite's generated logs" };
        var target = new Option<string>("--target") { Description = "Single run: target", DefaultValueFactory = _ => defaults.Target };
        target.AcceptOnlyFromAmong([.. ScaleOutOptions.Targets]);
        var events = OptionRules.Number("--events", "Single run: events", defaults.Events, minimum: 1L);
        var customers = OptionRules.Number("--customers", "Single run: customers", defaults.Customers, minimum: 1L);
        var command = new Command("scaleout", "Per-customer features and pushed-down k-means on generated event logs in DuckDB and ClickHouse "
            + "(ch1/ch2 read the ATLAS_CLICKHOUSE_* variables of scripts/services/clickhouse-start.sh).");
        command.WithOptions(all, sizes, perCustomer, dir, keep, target, events, customers);

        command.SetAction((parse, _) => ScaleOutBench.RunAsync(new ScaleOutOptions
        {
            All = parse.GetValue(all),
            Sizes = parse.GetValue(sizes)!,
            EventsPerCustomer = parse.GetValue(perCustomer),
            Directory = parse.GetValue(dir)!,
            KeepFiles = parse.GetValue(keep),
            Target = parse.GetValue(target)!,
            Events = parse.GetValue(events),
            Customers = parse.GetValue(customers),
        }));
        return command;
    }
}
