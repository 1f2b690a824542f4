using System.Data.Common;
using DuckDB.NET.Data;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// Reads a delimited file through an in-memory DuckDB, so that the scale-out load infers exactly the column
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

    /// <summary>Opens <paramref name="path"/> (CSV, optionally gzip-compressed) and sniffs its schema.</summary>
    public static CsvRowSource Open(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Input file '{path}' does not exist.", path);
        var duck = new DuckDBConnection("DataSource=:memory:");
        try
        {
            duck.Open();
            var relation = $"read_csv_auto({DuckDbString(Path.GetFullPath(path))}, header = true)";
            var columns = new List<RowBinaryColumn>();
            using (var describe = duck.CreateCommand())
            {
                describe.CommandText = $"DESCRIBE SELECT * FROM {relation}";
                using var reader = describe.ExecuteReader();
                while (reader.Read()) columns.Add(RowBinaryColumn.FromDuckDb(reader.GetString(0), reader.GetString(1)));
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

    private static string DuckDbString(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string DuckDbIdentifier(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose() => _duck.Dispose();
}
