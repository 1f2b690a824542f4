using System.CommandLine;
using CustomerAtlas.Data.Engines.ClickHouse;
using Spectre.Console;

namespace CustomerAtlas.Cli.Commands;

/// <summary>
/// <c>atlas load events.csv --engine clickhouse --engine-url URL[,URL2...] --cluster NAME --customer-column ID</c>:
/// bulk-loads an event file into a Distributed table sharded by customer id, with a progress bar; the row
/// count is verified after the load and re-running the same file is a no-op (an interrupted run is replaced).
/// </summary>
public static class LoadCommand
{
    /// <summary>Builds the command; output goes to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("file") { Description = "Event file to load (CSV, optionally .gz; Parquet; JSON lines)" };
        var engine = new Option<string>("--engine") { Description = "Engine to load into (only 'clickhouse' keeps loaded data)", DefaultValueFactory = _ => "clickhouse" };
        var clickHouse = new ClickHouseOptionSet();
        var customer = new Option<string>("--customer-column") { Description = "Customer id column; the table is sharded by it", Required = true };
        var table = new Option<string>("--table") { Description = "Table to load into", DefaultValueFactory = _ => "events" };
        var batch = new Option<int>("--batch-rows") { Description = "Rows per INSERT request", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("load", "Bulk-load an event file into a ClickHouse cluster, sharded by customer id.\n\n"
            + "Example:\n  atlas load events.csv.gz --engine clickhouse --engine-url http://127.0.0.1:8123,http://127.0.0.1:8124 --cluster seg2 --customer-column customer_id")
        {
            file, engine,
        };
        clickHouse.AddTo(command);
        command.Options.Add(customer);
        command.Options.Add(table);
        command.Options.Add(batch);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(engine) is var name && !string.Equals(name, "clickhouse", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"--engine: 'load' stores data in a ClickHouse cluster; got '{name}' (DuckDB reads files directly, no load needed).", "engine");
            var options = new EventLoadOptions
            {
                CustomerColumn = parse.GetValue(customer),
                Table = parse.GetValue(table)!,
                BatchRows = parse.GetValue(batch),
            };
            options.Validate();
            var connection = clickHouse.Connection(parse);
            using var target = new ClickHouseCluster(connection);
            var path = parse.GetValue(file)!;
            LoadResult? result = null;
            await console.Progress().AutoClear(false).StartAsync(async progress =>
            {
                var bar = progress.AddTask($"loading {Markup.Escape(Path.GetFileName(path))}", maxValue: 1);
                var reporter = new Progress<LoadProgress>(p =>
                {
                    bar.MaxValue = Math.Max(1, p.TotalRows);
                    bar.Value = p.RowsSent;
                });
                result = await ClickHouseEventLoader.LoadAsync(target, path, options, reporter, ct).ConfigureAwait(false);
                bar.Value = bar.MaxValue;
            }).ConfigureAwait(false);
            console.MarkupLine(result!.AlreadyLoaded
                ? $"[green]already loaded[/]: {result.Rows:N0} rows of this file are in {Markup.Escape(options.Table)} (load {result.LoadId})"
                : $"[green]loaded[/] {result.Rows:N0} rows into {Markup.Escape(options.Table)} in {result.Elapsed.TotalSeconds:F1} s (count verified; load {result.LoadId})");
            return 0;
        });
        return command;
    }
}
