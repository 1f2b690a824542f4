using System.Data.Common;
using CustomerAtlas.Data.Engines.DuckDb;
using DuckDB.NET.Data;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// Reads a source file through an in-memory DuckDB, so that the scale-out load infers exactly the column
/// types the embedded engine infers for the same file, and streams rows without holding the file in memory.
/// </summary>
internal sealed class CsvRowSource : IDisposable
{
    private readonly DuckDBConnection _duck;
    private readonly string _relation;

    private CsvRowSource(DuckDBConnection duck, string relation, IReadOnlyList<RowBinaryColumn> columns)
    {
        _duck = duck;
        _relation = relation;
        Columns = columns;
    }

    /// <summary>The file's columns as DuckDB's CSV sniffer typed them.</summary>
    public IReadOnlyList<RowBinaryColumn> Columns { get; }

    /// <summary>Opens a file (CSV optionally gzipped, Parquet, JSON lines) and sniffs its schema as DuckDB does.</summary>
    public static CsvRowSource Open(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!File.Exists(source.Path)) throw new DataSourceException($"{source.Path}: file does not exist.");
        var duck = new DuckDBConnection("DataSource=:memory:");
        try
        {
            duck.Open();
            using (var setup = duck.CreateCommand())
            {
                // One reader thread: the rows are consumed one at a time anyway, and fewer parallel scan buffers
                // keep the client's memory flat however big the file is.
                setup.CommandText = "SET threads TO 1";
                setup.ExecuteNonQuery();
                // DuckDB's buffer manager would otherwise keep file buffers up to 80% of RAM; 128 MB is ample for a scan.
                setup.CommandText = "SET memory_limit = '128MB'";
                setup.ExecuteNonQuery();
            }
            var relation = $"({DuckDbSourceSql.SelectFrom(source)}) AS source";
            var columns = new List<RowBinaryColumn>();
            try
            {
                using var describe = duck.CreateCommand();
                describe.CommandText = $"DESCRIBE SELECT * FROM {relation}";
                using var reader = describe.ExecuteReader();
                while (reader.Read()) columns.Add(RowBinaryColumn.FromDuckDb(reader.GetString(0), reader.GetString(1)));
            }
            catch (DuckDBException e)
            {
                throw new DataSourceException($"{source.Path}: cannot be read as {DuckDbSourceSql.FormatOf(source)}: {e.Message.Split('\n')[0]}", e);
            }
            return new CsvRowSource(duck, relation, columns);
        }
        catch
        {
            duck.Dispose();
            throw;
        }
    }

    /// <summary>Number of data rows in the file.</summary>
    public long CountRows()
    {
        using var command = _duck.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {_relation}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Streams all rows (DuckDB streaming mode: bounded memory whatever the file size).</summary>
    public DbDataReader ReadRows()
    {
        var select = string.Join(", ", Columns.Select(c => c.SourceSelectExpression(DuckDbIdentifier(c.Name))));
        var command = _duck.CreateCommand();
        command.CommandText = $"SELECT {select} FROM {_relation}";
        command.UseStreamingMode = true;
        return command.ExecuteReader(System.Data.CommandBehavior.Default);
    }

    private static string DuckDbIdentifier(string s) => DuckDbDialect.Instance.QuoteIdentifier(s);

    public void Dispose() => _duck.Dispose();
}
