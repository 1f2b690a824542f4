using System.CommandLine;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Engines.DuckDb;

namespace CustomerAtlas.Cli.Commands;

/// <summary>
/// <c>--engine duckdb|clickhouse</c> and the cluster options of <see cref="ClickHouseOptionSet"/>: where ingestion
/// and feature SQL run.
/// </summary>
public sealed class EngineOptionSet
{
    /// <summary>--engine.</summary>
    public Option<string> Engine { get; } = new("--engine")
    {
        Description = "SQL engine for ingestion and features: duckdb (embedded) or clickhouse (a cluster over HTTP)",
        DefaultValueFactory = _ => "duckdb",
    };

    /// <summary>--engine-url and --cluster, used with --engine clickhouse.</summary>
    public ClickHouseOptionSet ClickHouseTarget { get; } = new();

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Engine);
        ClickHouseTarget.AddTo(command);
    }

    /// <summary>Opens the chosen engine for one run (ClickHouse: a throw-away workspace database on the cluster).</summary>
    public Func<ISqlEngine> Factory(ParseResult parse)
    {
        // Resolve now so that a missing URL is reported before any work starts.
        var connection = ClickHouse(parse);
        return connection is null ? () => new DuckDbEngine() : () => ClickHouseEngine.OpenWorkspace(connection);
    }

    /// <summary>The ClickHouse cluster chosen with --engine clickhouse, or null for the embedded engine.</summary>
    public ClickHouseConnection? ClickHouse(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var name = parse.GetValue(Engine) ?? "duckdb";
        if (name.Equals("duckdb", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!name.Equals("clickhouse", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"--engine: expected duckdb or clickhouse, got '{name}'.", "engine");
        }

        return ClickHouseTarget.Connection(parse);
    }
}
