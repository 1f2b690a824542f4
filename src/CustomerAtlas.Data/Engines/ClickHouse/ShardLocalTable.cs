using CustomerAtlas.Data.Pushdown;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// Writes query results back into the cluster where the data lives: the query runs on every shard over that
/// shard's local tables (<c>INSERT INTO t_local SELECT ...</c>), so nothing passes through the client or the
/// initiator. Correct for per-customer aggregation because the loader co-shards each customer's events.
/// </summary>
public static class ShardLocalTable
{
    /// <summary>
    /// (Re)creates sharded table <paramref name="name"/> from <paramref name="perShardQuery"/>, which receives the
    /// quoted local name of each source table through its argument and must read only those.
    /// </summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="name">The table to create (dropped first if it exists).</param>
    /// <param name="idColumn">Unquoted id column of the result: sort key and sharding key of the new table.</param>
    /// <param name="perShardQuery">Builds the SELECT from a function mapping a logical table name to the quoted shard-local one.</param>
    /// <param name="placement">Where result rows go: the shard that computed them (inputs already co-sharded by customer, no
    /// network), or the shard of their customer id (inputs placed otherwise, e.g. a raw source sharded by row content).</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task CreateAsync(ClickHouseCluster cluster, string name, string idColumn, Func<Func<string, string>, string> perShardQuery,
        ShardPlacement placement = ShardPlacement.WhereComputed, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(perShardQuery);
        var query = perShardQuery(cluster.LocalTable);
        await cluster.DropTableAsync(name, ct).ConfigureAwait(false);
        // Column names and types come from the query itself (LIMIT 0 keeps it cheap).
        using var header = await cluster.Initiator.OpenReaderAsync($"SELECT * FROM ({query}) LIMIT 0", null, ct).ConfigureAwait(false);
        var columns = string.Join(", ", Enumerable.Range(0, header.FieldCount)
            .Select(i => $"{ClickHouseSql.Identifier(header.GetName(i))} {header.GetDataTypeName(i)}"));
        var id = ClickHouseSql.Identifier(idColumn);
        var idKey = $"assumeNotNull({id})";
        await cluster.CreateTableAsync(name, columns, $"MergeTree() ORDER BY {idKey}",
            $"cityHash64(ifNull(toString({id}), ''))", ct).ConfigureAwait(false);
        if (placement == ShardPlacement.WhereComputed)
        {
            await cluster.OnEachServerAsync($"INSERT INTO {cluster.LocalTable(name)} {query}", ct).ConfigureAwait(false);
            return;
        }

        // Synchronous so that every row is on its shard when the statement returns.
        await Task.WhenAll(cluster.Servers.Select(s => s.ExecuteAsync($"INSERT INTO {ClickHouseCluster.Table(name)} {query}", RoutedInsert, ct))).ConfigureAwait(false);
    }

    private static readonly Dictionary<string, string> RoutedInsert = new() { ["insert_distributed_sync"] = "1" };

    /// <summary>
    /// Scoring inside the cluster: writes table <paramref name="output"/> (id, segment) with each row of the
    /// feature table assigned to its nearest centroid (1-based segment ids), shard by shard.
    /// </summary>
    public static Task WriteSegmentsAsync(ClickHouseCluster cluster, string featureTable, string idColumn, IReadOnlyList<string> features,
        double[][] centroids, string output, CancellationToken ct = default)
    {
        var quoted = features.Select(ClickHouseSql.Identifier).ToArray();
        var assignment = KMeansSql.Assignment(ClickHouseDialect.Instance, quoted, centroids);
        var id = ClickHouseSql.Identifier(idColumn);
        return CreateAsync(cluster, output, idColumn,
            local => $"SELECT {id}, toUInt32({assignment}) AS segment FROM {local(featureTable)}", ShardPlacement.WhereComputed, ct);
    }
}
