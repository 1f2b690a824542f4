namespace CustomerAtlas.Data.Engines;

/// <summary>
/// A SQL engine the pipeline pushes work into: ingestion registers sources as tables, quality
/// checks and customer features run as SQL in the engine, and only the per-customer feature
/// table comes back into memory. DuckDB (embedded) is the default; ClickHouse implements the
/// same contract over HTTP. Every SQL string the pipeline builds goes through <see cref="Dialect"/>
/// so identifiers are quoted and engine-specific functions are spelled correctly.
/// </summary>
public interface ISqlEngine : IAsyncDisposable
{
    /// <summary>Short engine name ("duckdb", "clickhouse") used in model files and messages.</summary>
    string Name { get; }

    /// <summary>How this engine spells identifiers, literals and the functions feature SQL needs.</summary>
    ISqlDialect Dialect { get; }

    /// <summary>Runs a statement that returns no rows (CREATE, INSERT, DROP ...).</summary>
    Task ExecuteAsync(string sql, CancellationToken cancellationToken = default);

    /// <summary>Runs a query and returns the first column of the first row (null when there are no rows).</summary>
    Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the rows of a query, one array of CLR values per row (DBNull mapped to null). Each
    /// row is a fresh array the caller may keep.
    /// </summary>
    IAsyncEnumerable<object?[]> QueryAsync(string sql, CancellationToken cancellationToken = default);

    /// <summary>The result columns (names and engine types) of a query, without reading its rows.</summary>
    Task<IReadOnlyList<SqlColumn>> DescribeAsync(string sql, CancellationToken cancellationToken = default);

    /// <summary>Reads a whole query result into typed columns (numbers as doubles, text, timestamps).</summary>
    Task<ColumnTable> ReadTableAsync(string sql, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes <paramref name="source"/> queryable as table <paramref name="tableName"/> (replacing
    /// any table of that name). Throws <see cref="DataSourceException"/> when the file is missing,
    /// empty or cannot be parsed.
    /// </summary>
    Task RegisterSourceAsync(string tableName, DataSource source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates (or replaces) table <paramref name="tableName"/> from a per-customer query, placed where the data
    /// lives: an embedded engine runs it once; a sharded engine runs it on every shard over that shard's part of
    /// each input and sends each result row to the shard of its <paramref name="idColumn"/>, so that later
    /// per-customer queries over this table run shard by shard. Correct for queries whose groups never span
    /// shards: per-customer work (grouping or DISTINCT that includes the id) over tables made by this method,
    /// or row-local work (no grouping, no DISTINCT) over a registered source.
    /// </summary>
    /// <param name="tableName">The table to create.</param>
    /// <param name="idColumn">Unquoted customer id column of the result.</param>
    /// <param name="query">Builds the SELECT from a function that maps a logical table name to the quoted relation to read.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task CreateCustomerTableAsync(string tableName, string idColumn, Func<Func<string, string>, string> query, CancellationToken cancellationToken = default);
}
