using System.Text;

namespace CustomerAtlas.Data.Engines.DuckDb;

/// <summary>Builds the DuckDB table function call that reads a <see cref="DataSource"/>.</summary>
public static class DuckDbSourceSql
{
    /// <summary>The format a source will be read as (resolving <see cref="SourceFormat.Auto"/> from the extension).</summary>
    public static SourceFormat FormatOf(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Format != SourceFormat.Auto)
        {
            return source.Format;
        }

        if (WhitespaceSourceSql.IsWhitespaceDelimiter(source.Delimiter))
        {
            return SourceFormat.Whitespace;
        }

        string name = source.Path.ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            name = name[..^3];
        }

        return Path.GetExtension(name) switch
        {
            ".parquet" or ".pq" => SourceFormat.Parquet,
            ".json" or ".jsonl" or ".ndjson" => SourceFormat.JsonLines,
            _ => SourceFormat.Csv,
        };
    }

    /// <summary><c>SELECT * FROM read_xxx(...)</c> for the source.</summary>
    public static string SelectFrom(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var d = DuckDbDialect.Instance;
        string path = d.QuoteString(source.Path);
        return FormatOf(source) switch
        {
            SourceFormat.Parquet => $"SELECT * FROM read_parquet({path})",
            SourceFormat.JsonLines => $"SELECT * FROM read_json({path}, format = 'newline_delimited')",
            SourceFormat.Whitespace => WhitespaceSourceSql.SelectFrom(source),
            _ => $"SELECT * FROM read_csv({path}{CsvOptions(source)})",
        };
    }

    private static string CsvOptions(DataSource source)
    {
        var d = DuckDbDialect.Instance;
        var sb = new StringBuilder();
        if (source.Delimiter is not null)
        {
            sb.Append(", delim = ").Append(d.QuoteString(source.Delimiter));
        }

        if (source.HasHeader is bool header)
        {
            sb.Append(", header = ").Append(header ? "true" : "false");
        }

        if (source.ColumnNames is { Count: > 0 } names)
        {
            sb.Append(", names = [").AppendJoin(", ", names.Select(d.QuoteString)).Append(']');
        }

        if (source.DateFormat is not null)
        {
            sb.Append(", dateformat = ").Append(d.QuoteString(source.DateFormat));
        }

        if (source.TimestampFormat is not null)
        {
            sb.Append(", timestampformat = ").Append(d.QuoteString(source.TimestampFormat));
        }

        return sb.ToString();
    }
}
