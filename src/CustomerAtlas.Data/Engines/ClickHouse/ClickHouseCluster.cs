namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// The servers of one ClickHouse cluster and the table layout used on them: every logical table
/// <c>t</c> is a MergeTree <c>t_local</c> on each shard plus a Distributed <c>t</c> over them. DDL runs on each
/// server over HTTP because 18.16 cannot run <c>ON CLUSTER</c> without ZooKeeper. Without a cluster name
/// the logical table is one plain MergeTree on the single server.
/// </summary>
public sealed class ClickHouseCluster : IDisposable
{
    private const string LocalSuffix = "_local";

    /// <summary>Connects to the servers named by <paramref name="connection"/>.</summary>
    public ClickHouseCluster(ClickHouseConnection connection)
    {
        Initiator = new ClickHouseClient(connection);
        Servers = connection.Cluster is null
            ? [Initiator]
            : [.. connection.ShardUrls.Select(u => u == connection.Url ? Initiator : Initiator.ForServer(u))];
        if (!Servers.Contains(Initiator)) Servers = [Initiator, .. Servers];
    }

    /// <summary>The client that sends queries over the Distributed tables.</summary>
    public ClickHouseClient Initiator { get; }

    /// <summary>One client per server (the initiator included), for DDL and per-shard work.</summary>
    public IReadOnlyList<ClickHouseClient> Servers { get; }

    /// <summary>True when tables are sharded (a cluster name was given).</summary>
    public bool IsSharded => Initiator.Connection.Cluster is not null;

    /// <summary>Quoted name of the table queries should read: the Distributed table when sharded.</summary>
    public static string Table(string name) => ClickHouseSql.Identifier(name);

    /// <summary>Quoted name of the per-shard storage table.</summary>
    public string LocalTable(string name) => ClickHouseSql.Identifier(IsSharded ? name + LocalSuffix : name);

    /// <summary>
    /// Checks that the cluster exists and has as many shards as servers were given, so DDL reaches every shard.
    /// </summary>
    public async Task VerifyTopologyAsync(CancellationToken ct = default)
    {
        if (!IsSharded) return;
        var cluster = Initiator.Connection.Cluster!;
        var shards = await Initiator.QueryInt64Async(
            $"SELECT uniqExact(shard_num) FROM system.clusters WHERE cluster = {ClickHouseSql.String(cluster)}", ct).ConfigureAwait(false);
        if (shards == 0)
            throw new ArgumentException($"ClickHouse cluster '{cluster}' is not defined in the server's remote_servers.", "cluster");
        // Servers outside the cluster (an initiator-only node) are allowed, missing shards are not.
        var contained = 0;
        foreach (var server in Servers)
        {
            var isMember = await server.QueryInt64Async(
                $"SELECT count() FROM system.clusters WHERE cluster = {ClickHouseSql.String(cluster)} AND is_local", ct).ConfigureAwait(false);
            if (isMember > 0) contained++;
        }
        if (contained != shards)
            throw new ArgumentException(
                $"ClickHouse cluster '{cluster}' has {shards} shard(s) but {contained} of the given server URL(s) belong to it; pass every shard's HTTP URL.", "cluster");
    }

    /// <summary>Creates the connection's database on every server if it is missing (no-op without one).</summary>
    public async Task EnsureDatabaseAsync(CancellationToken ct = default)
    {
        if (Initiator.Connection.Database is not { } database) return;
        // The statement must not run inside the database it creates, so go through a database-less connection.
        foreach (var server in Servers)
        {
            using var bare = new ClickHouseClient(server.Connection.WithDatabase(null));
            await bare.ExecuteAsync($"CREATE DATABASE IF NOT EXISTS {ClickHouseSql.Identifier(database)}", null, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Drops the connection's database on every server (used for throw-away workspaces).</summary>
    public async Task DropDatabaseAsync(CancellationToken ct = default)
    {
        if (Initiator.Connection.Database is not { } database) return;
        foreach (var server in Servers)
        {
            using var bare = new ClickHouseClient(server.Connection.WithDatabase(null));
            await bare.ExecuteAsync($"DROP DATABASE IF EXISTS {ClickHouseSql.Identifier(database)}", null, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one statement on every server, in parallel.</summary>
    public Task OnEachServerAsync(string sql, CancellationToken ct = default) =>
        Task.WhenAll(Servers.Select(s => s.ExecuteAsync(sql, null, ct)));

    /// <summary>
    /// Creates (if missing) a sharded table: <paramref name="columns"/> is the column list DDL,
    /// <paramref name="engineClause"/> the MergeTree engine with its ORDER BY / PARTITION BY, and
    /// <paramref name="shardingKey"/> the expression the Distributed table routes inserted rows by.
    /// </summary>
    public async Task CreateTableAsync(string name, string columns, string engineClause, string shardingKey, CancellationToken ct = default)
    {
        await OnEachServerAsync($"CREATE TABLE IF NOT EXISTS {LocalTable(name)} ({columns}) ENGINE = {engineClause}", ct).ConfigureAwait(false);
        if (!IsSharded) return;
        var cluster = ClickHouseSql.Identifier(Initiator.Connection.Cluster!);
        await OnEachServerAsync(
            $"CREATE TABLE IF NOT EXISTS {Table(name)} AS {LocalTable(name)} " +
            $"ENGINE = Distributed({cluster}, currentDatabase(), {ClickHouseSql.String(name + LocalSuffix)}, {shardingKey})", ct).ConfigureAwait(false);
    }

    /// <summary>Drops a logical table (both layers) everywhere if it exists.</summary>
    public async Task DropTableAsync(string name, CancellationToken ct = default)
    {
        if (IsSharded) await OnEachServerAsync($"DROP TABLE IF EXISTS {Table(name)}", ct).ConfigureAwait(false);
        await OnEachServerAsync($"DROP TABLE IF EXISTS {LocalTable(name)}", ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => Initiator.Dispose();
}
