using System.Runtime.CompilerServices;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// <see cref="ISqlEngine"/> over a ClickHouse cluster's HTTP interface. Queries go to the initiator and
/// read the Distributed tables; registered sources are bulk-loaded into sharded tables.
/// </summary>
public sealed class ClickHouseEngine : ISqlEngine
{
    private readonly bool _dropDatabaseOnDispose;

    /// <summary>Connects to the cluster described by <paramref name="connection"/>.</summary>
    public ClickHouseEngine(ClickHouseConnection connection) : this(connection, dropDatabaseOnDispose: false) { }

    private ClickHouseEngine(ClickHouseConnection connection, bool dropDatabaseOnDispose)
    {
        Cluster = new ClickHouseCluster(connection);
        _dropDatabaseOnDispose = dropDatabaseOnDispose;
    }

    /// <summary>
    /// An engine working in a fresh database of its own on every server, dropped when the engine is disposed:
    /// one pipeline run's working tables (raw input, cleaned lines, orders) never meet another run's.
    /// </summary>
    public static ClickHouseEngine OpenWorkspace(ClickHouseConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new ClickHouseEngine(connection.WithDatabase("atlas_ws_" + Guid.NewGuid().ToString("N")[..16]), dropDatabaseOnDispose: true);
    }

    /// <summary>The cluster (initiator and per-shard clients), for work that must run on each shard.</summary>
    public ClickHouseCluster Cluster { get; }

    /// <inheritdoc/>
    public string Name => "clickhouse";

    /// <inheritdoc/>
    public ISqlDialect Dialect => ClickHouseDialect.Instance;

    /// <inheritdoc/>
    public Task ExecuteAsync(string sql, CancellationToken cancellationToken = default) =>
        Cluster.Initiator.ExecuteAsync(sql, null, cancellationToken);

    /// <inheritdoc/>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken = default)
    {
        using var reader = await Cluster.Initiator.OpenReaderAsync(sql, null, cancellationToken).ConfigureAwait(false);
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetValue(0) : null;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<object?[]> QueryAsync(string sql, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = await Cluster.Initiator.OpenReaderAsync(sql, null, cancellationToken).ConfigureAwait(false);
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            yield return row;
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SqlColumn>> DescribeAsync(string sql, CancellationToken cancellationToken = default)
    {
        using var reader = await Cluster.Initiator.OpenReaderAsync($"SELECT * FROM ({sql}) LIMIT 0", null, cancellationToken).ConfigureAwait(false);
        // The loader's bookkeeping columns (_row, _load_id) are not part of the source's schema.
        return [.. Enumerable.Range(0, reader.FieldCount)
            .Where(i => !ClickHouseEventLoader.IsBookkeepingColumn(reader.GetName(i)))
            .Select(i => new SqlColumn(reader.GetName(i), reader.GetDataTypeName(i).ToUpperInvariant()))];
    }

    /// <inheritdoc/>
    public async Task<ColumnTable> ReadTableAsync(string sql, CancellationToken cancellationToken = default)
    {
        using var reader = await Cluster.Initiator.OpenReaderAsync(sql, null, cancellationToken).ConfigureAwait(false);
        return ColumnTableReader.Read(reader, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>The table is dropped and the file bulk-loaded into it, rows spread over the shards by a hash of their content
    /// (deterministic: a re-registered file puts every row where it was).
    /// Use <see cref="ClickHouseEventLoader"/> directly to shard by customer and load idempotently.</remarks>
    public async Task RegisterSourceAsync(string tableName, DataSource source, CancellationToken cancellationToken = default)
    {
        await Cluster.EnsureDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await ClickHouseEventLoader.DropAsync(Cluster, tableName, cancellationToken).ConfigureAwait(false);
        await ClickHouseEventLoader.LoadAsync(Cluster, source, new EventLoadOptions { Table = tableName }, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A MergeTree per shard plus a Distributed table sharded by the id; each shard runs the query over its local
    /// tables and inserts through the Distributed table, which routes rows to their customer's shard.
    /// </remarks>
    public Task CreateCustomerTableAsync(string tableName, string idColumn, Func<Func<string, string>, string> query, CancellationToken cancellationToken = default) =>
        ShardLocalTable.CreateAsync(Cluster, tableName, idColumn, query, ShardPlacement.ByCustomer, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_dropDatabaseOnDispose) await Cluster.DropDatabaseAsync().ConfigureAwait(false);
        }
        finally
        {
            Cluster.Dispose();
        }
    }
}
