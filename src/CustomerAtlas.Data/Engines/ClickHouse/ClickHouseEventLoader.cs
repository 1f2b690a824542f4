using System.Diagnostics;
using System.Security.Cryptography;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// Bulk-loads an event file into a Distributed table sharded by customer id. Idempotent: every row carries
/// the file's content hash as <c>_load_id</c>, which is also the MergeTree partition, so a re-run first drops
/// whatever an earlier (possibly interrupted) run of the same file left and then inserts it again; a run after
/// a complete, verified load sends nothing. The row count in the table is checked against the file's after
/// every load.
/// </summary>
public static class ClickHouseEventLoader
{
    /// <summary>Name of the column holding each row's 1-based position in its source file.</summary>
    public const string RowColumn = "_row";

    /// <summary>Name of the column holding the load id.</summary>
    public const string LoadIdColumn = "_load_id";

    /// <summary>True for the columns the loader adds to every row (not part of the source file's schema).</summary>
    public static bool IsBookkeepingColumn(string name) => name is RowColumn or LoadIdColumn;

    private static readonly Dictionary<string, string> InsertSettings = new()
    {
        // Rows must be on every shard when the INSERT returns, or the count check races the async forwarder.
        ["insert_distributed_sync"] = "1",
    };

    /// <summary>
    /// Drops <paramref name="table"/> and its record of loads (<c>TABLE_loads</c>), so that the next load of any file
    /// starts from nothing.
    /// </summary>
    public static async Task DropAsync(ClickHouseCluster cluster, string table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        await cluster.DropTableAsync(table, ct).ConfigureAwait(false);
        await cluster.Initiator.ExecuteAsync($"DROP TABLE IF EXISTS {LoadsTable(table)}", null, ct).ConfigureAwait(false);
    }

    /// <summary>Loads the file at <paramref name="path"/> (format detected) into <c>options.Table</c> of the cluster.</summary>
    public static Task<LoadResult> LoadAsync(ClickHouseCluster cluster, string path, EventLoadOptions options,
        IProgress<LoadProgress>? progress = null, CancellationToken ct = default) =>
        LoadAsync(cluster, new DataSource { Path = path }, options, progress, ct);

    /// <summary>Loads <paramref name="file"/> into <c>options.Table</c> of the cluster.</summary>
    public static async Task<LoadResult> LoadAsync(ClickHouseCluster cluster, DataSource file, EventLoadOptions options,
        IProgress<LoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var path = file.Path;
        using var source = CsvRowSource.Open(file);
        RowBinaryColumn? customer = null;
        if (options.CustomerColumn is { } customerName)
        {
            customer = source.Columns.FirstOrDefault(c => c.Name == customerName)
                ?? throw new ArgumentException(
                    $"Column '{customerName}' is not in '{path}' (columns: {string.Join(", ", source.Columns.Select(c => c.Name))}).",
                    nameof(options.CustomerColumn));
        }
        if (source.Columns.FirstOrDefault(c => c.Name is LoadIdColumn or RowColumn) is { } reserved)
            throw new ArgumentException($"'{path}' has a column named {reserved.Name}, which the loader reserves.", nameof(path));

        var loadId = await HashFileAsync(path, ct).ConfigureAwait(false);
        var total = source.CountRows();
        await cluster.VerifyTopologyAsync(ct).ConfigureAwait(false);
        await cluster.EnsureDatabaseAsync(ct).ConfigureAwait(false);
        await EnsureTablesAsync(cluster, options.Table, source.Columns, customer, ct).ConfigureAwait(false);

        var table = ClickHouseCluster.Table(options.Table);
        var loads = LoadsTable(options.Table);
        var idLiteral = ClickHouseSql.String(loadId);
        var recorded = await cluster.Initiator.QueryInt64Async(
            $"SELECT count() FROM {loads} FINAL WHERE load_id = {idLiteral} AND rows = {total}", ct).ConfigureAwait(false);
        if (recorded > 0 && await CountLoadAsync(cluster, table, idLiteral, ct).ConfigureAwait(false) == total)
        {
            progress?.Report(new LoadProgress(total, total));
            return new LoadResult(loadId, total, AlreadyLoaded: true, clock.Elapsed);
        }

        // Whatever an interrupted run of this file left behind goes first: the partition is exactly this load.
        await cluster.OnEachServerAsync($"ALTER TABLE {cluster.LocalTable(options.Table)} DROP PARTITION {idLiteral}", ct).ConfigureAwait(false);
        var sent = await InsertAllAsync(cluster, table, source, loadId, options.BatchRows, total, progress, ct).ConfigureAwait(false);

        var landed = await CountLoadAsync(cluster, table, idLiteral, ct).ConfigureAwait(false);
        if (sent != total || landed != total)
            throw new InvalidOperationException(
                $"Load of '{path}' is incomplete: the file has {total} rows, {sent} were sent and {landed} are in {options.Table}. Re-run the load to replace them.");
        await cluster.Initiator.ExecuteAsync(
            $"INSERT INTO {loads} (load_id, source, rows, loaded_at) VALUES ({idLiteral}, {ClickHouseSql.String(Path.GetFileName(path))}, {total}, now())",
            null, ct).ConfigureAwait(false);
        return new LoadResult(loadId, landed, AlreadyLoaded: false, clock.Elapsed);
    }

    private static async Task<long> InsertAllAsync(ClickHouseCluster cluster, string table, CsvRowSource source, string loadId,
        int batchRows, long total, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        long sent = 0;
        var columnList = string.Join(", ", source.Columns.Select(c => ClickHouseSql.Identifier(c.Name)).Append(ClickHouseSql.Identifier(RowColumn)).Append(ClickHouseSql.Identifier(LoadIdColumn)));
        using var reader = source.ReadRows();
        var pending = reader.Read();
        long nextRow = 1;
        while (pending)
        {
            ct.ThrowIfCancellationRequested();
            using var body = new RowBinaryBatchContent(reader, source.Columns, loadId, batchRows, rows =>
            {
                sent += rows;
                progress?.Report(new LoadProgress(sent, total));
            })
            { HasPendingRow = true, NextRowNumber = nextRow };
            await cluster.Initiator.InsertAsync($"{table} ({columnList})", "RowBinary", body, InsertSettings, ct).ConfigureAwait(false);
            pending = body.HasPendingRow;
            nextRow = body.NextRowNumber;
        }
        return sent;
    }

    private static Task<long> CountLoadAsync(ClickHouseCluster cluster, string table, string idLiteral, CancellationToken ct) =>
        cluster.Initiator.QueryInt64Async($"SELECT count() FROM {table} WHERE {ClickHouseSql.Identifier(LoadIdColumn)} = {idLiteral}", ct);

    private static async Task EnsureTablesAsync(ClickHouseCluster cluster, string name, IReadOnlyList<RowBinaryColumn> columns,
        RowBinaryColumn? customer, CancellationToken ct)
    {
        var ddl = string.Join(", ", columns.Select(c => $"{ClickHouseSql.Identifier(c.Name)} {c.ClickHouseType}")
            .Append($"{ClickHouseSql.Identifier(RowColumn)} UInt64")
            .Append($"{ClickHouseSql.Identifier(LoadIdColumn)} String"));
        var row = ClickHouseSql.Identifier(RowColumn);
        string sortKey = row, shardingKey = ContentHash(columns);
        if (customer is not null)
        {
            var id = ClickHouseSql.Identifier(customer.Name);
            // Sorting keys cannot be Nullable in 18.16; assumeNotNull sorts NULL ids as the type's default.
            var idKey = customer.Nullable ? $"assumeNotNull({id})" : id;
            sortKey = $"({idKey}, {row})";
            shardingKey = customer.IsInteger ? $"intHash64({idKey})" : $"cityHash64(ifNull(toString({id}), ''))";
        }
        await cluster.CreateTableAsync(name, ddl,
            $"MergeTree() PARTITION BY {ClickHouseSql.Identifier(LoadIdColumn)} ORDER BY {sortKey}", shardingKey, ct).ConfigureAwait(false);
        await cluster.Initiator.ExecuteAsync(
            $"CREATE TABLE IF NOT EXISTS {LoadsTable(name)} (load_id String, source String, rows UInt64, loaded_at DateTime) " +
            "ENGINE = ReplacingMergeTree(loaded_at) ORDER BY load_id", null, ct).ConfigureAwait(false);
    }

    // Without a customer column rows are placed by their content, not at random: a re-run places every row where it
    // was before, and exact duplicate lines share a shard.
    private static string ContentHash(IReadOnlyList<RowBinaryColumn> columns) =>
        "cityHash64(" + string.Join(", ", columns.Select(c =>
            c.Nullable ? $"ifNull(toString({ClickHouseSql.Identifier(c.Name)}), '')" : $"toString({ClickHouseSql.Identifier(c.Name)})")) + ")";

    private static string LoadsTable(string name) => ClickHouseSql.Identifier(name + "_loads");

    private static async Task<string> HashFileAsync(string path, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, useAsync: true);
        var hash = await SHA256.HashDataAsync(file, ct).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
