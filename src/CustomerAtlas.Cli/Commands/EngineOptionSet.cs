using System.CommandLine;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Engines.DuckDb;

namespace CustomerAtlas.Cli.Commands;

/// <summary>
/// <c>--engine duckdb|clickhouse --engine-url URL[,URL2...] --cluster NAME</c>: where ingestion and feature SQL run.
/// ClickHouse credentials come only from ATLAS_CLICKHOUSE_USER / ATLAS_CLICKHOUSE_PASSWORD.
/// </summary>
public sealed class EngineOptionSet
{
    /// <summary>--engine.</summary>
    public Option<string> Engine { get; } = new("--engine")
    {
        Description = "SQL engine for ingestion and features: duckdb (embedded) or clickhouse (a cluster over HTTP)",
        DefaultValueFactory = _ => "duckdb",
    };

    /// <summary>--engine-url.</summary>
    public Option<string?> Url { get; } = new("--engine-url")
    {
        Description = "ClickHouse HTTP URL of the initiator, then the other shards, comma-separated (default: ATLAS_CLICKHOUSE_URL, ATLAS_CLICKHOUSE_URL2, ...)",
    };

    /// <summary>--cluster.</summary>
    public Option<string?> Cluster { get; } = new("--cluster") { Description = "ClickHouse cluster name (default: ATLAS_CLICKHOUSE_CLUSTER)" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Engine);
        command.Options.Add(Url);
        command.Options.Add(Cluster);
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

        return ClickHouseConnection.FromEnvironment(parse.GetValue(Url), parse.GetValue(Cluster));
    }
}
