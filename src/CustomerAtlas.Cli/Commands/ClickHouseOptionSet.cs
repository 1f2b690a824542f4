using System.CommandLine;
using CustomerAtlas.Data.Engines.ClickHouse;

namespace CustomerAtlas.Cli.Commands;

/// <summary>
/// <c>--engine-url URL[,URL2...] --cluster NAME</c>: which ClickHouse cluster a command talks to, declared once for
/// every command that can reach one (<c>segment</c> and <c>score</c> through <see cref="EngineOptionSet"/>, and <c>load</c>).
/// Credentials come only from ATLAS_CLICKHOUSE_USER / ATLAS_CLICKHOUSE_PASSWORD, never from the command line.
/// </summary>
public sealed class ClickHouseOptionSet
{
    /// <summary>--engine-url.</summary>
    public Option<string?> Url { get; } = new("--engine-url")
    {
        Description = "ClickHouse HTTP URL of the initiator, then the other shards, comma-separated (default: ATLAS_CLICKHOUSE_URL, ATLAS_CLICKHOUSE_URL2, ...). "
            + "Credentials come from ATLAS_CLICKHOUSE_USER / ATLAS_CLICKHOUSE_PASSWORD only.",
    };

    /// <summary>--cluster.</summary>
    public Option<string?> Cluster { get; } = new("--cluster")
    {
        Description = "ClickHouse cluster name from the servers' remote_servers (default: ATLAS_CLICKHOUSE_CLUSTER; none = one server)",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Url);
        command.Options.Add(Cluster);
    }

    /// <summary>The cluster the options (or, where they are not given, the environment) name.</summary>
    public ClickHouseConnection Connection(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return ClickHouseConnection.FromEnvironment(parse.GetValue(Url), parse.GetValue(Cluster));
    }
}
