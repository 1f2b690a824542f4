using System.Data.Common;
using System.Runtime.CompilerServices;
using DuckDB.NET.Data;

namespace CustomerAtlas.Data.Engines.DuckDb;

/// <summary>
/// The embedded default engine: DuckDB in process, in memory unless a database file is given.
/// One connection, used by one pipeline at a time (not thread-safe).
/// </summary>
public sealed class DuckDbEngine : ISqlEngine
{
    private readonly DuckDBConnection _connection;

    /// <summary>Opens an engine; <paramref name="databasePath"/> null means in memory.</summary>
    /// <param name="databasePath">A DuckDB database file, or null for an in-memory database.</param>
    /// <param name="threads">Worker threads DuckDB may use; null = DuckDB's default (all cores).</param>
    public DuckDbEngine(string? databasePath = null, int? threads = null)
    {
        if (threads is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threads), threads, "threads must be at least 1.");
        }

        _connection = new DuckDBConnection("DataSource=" + (databasePath ?? ":memory:"));
        _connection.Open();
        if (threads is int t)
        {
            ExecuteCore($"SET threads TO {t}");
        }
    }

    /// <inheritdoc/>
    public string Name => "duckdb";

    /// <inheritdoc/>
    public ISqlDialect Dialect => DuckDbDialect.Instance;

    /// <inheritdoc/>
    public Task ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ExecuteCore(sql);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = CreateCommand(sql);
        object? value = command.ExecuteScalar();
        return Task.FromResult(value is DBNull ? null : value);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<object?[]> QueryAsync(string sql, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var command = CreateCommand(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return row;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SqlColumn>> DescribeAsync(string sql, CancellationToken cancellationToken = default)
    {
        var columns = new List<SqlColumn>();
        await foreach (var row in QueryAsync("DESCRIBE " + sql, cancellationToken).ConfigureAwait(false))
        {
            columns.Add(new SqlColumn((string)row[0]!, ((string)row[1]!).ToUpperInvariant()));
        }

        return columns;
    }

    /// <inheritdoc/>
    public Task<ColumnTable> ReadTableAsync(string sql, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = CreateCommand(sql);
        using var reader = command.ExecuteReader();
        return Task.FromResult(ColumnTableReader.Read(reader, cancellationToken));
    }

    /// <inheritdoc/>
    public Task RegisterSourceAsync(string tableName, DataSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        string select = DuckDbSourceSql.SelectFrom(source);
        try
        {
            ExecuteCore($"CREATE OR REPLACE TABLE {Dialect.QuoteIdentifier(tableName)} AS {select}");
        }
        catch (DuckDBException ex)
        {
            throw new DataSourceException($"{source.Path}: cannot be read as {DuckDbSourceSql.FormatOf(source)}: {FirstLine(ex.Message)}", ex);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    /// <remarks>One process holds all the data: the query runs once over the tables themselves.</remarks>
    public Task CreateCustomerTableAsync(string tableName, string idColumn, Func<Func<string, string>, string> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ExecuteAsync(Dialect.CreateTableAs(Dialect.QuoteIdentifier(tableName), query(Dialect.QuoteIdentifier)), cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private void ExecuteCore(string sql)
    {
        using var command = CreateCommand(sql);
        command.ExecuteNonQuery();
    }

    private DbCommand CreateCommand(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
