using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CustomerAtlas.Data.Engines.DuckDb;

/// <summary>
/// Reads whitespace-aligned text (fields separated by runs of spaces or tabs, as in CDNOW's purchase log) through DuckDB.
/// DuckDB's CSV reader needs one delimiter character, so an aligned file would come out as a ragged mix of empty fields;
/// instead each line is read whole and split in SQL. Every field arrives as text; the schema step casts numbers and
/// detects date formats exactly as it does for text columns of a CSV.
/// </summary>
public static class WhitespaceSourceSql
{
    // A control character that never occurs in text data, so that read_csv hands over each line whole.
    private const char LineDelimiter = '\u001f';

    /// <summary>Whether a delimiter option asks for whitespace-aligned reading (" " or "whitespace").</summary>
    public static bool IsWhitespaceDelimiter(string? delimiter) =>
        delimiter is " " || string.Equals(delimiter, "whitespace", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>SELECT</c> with one text column per field. Column names come from <see cref="DataSource.ColumnNames"/>, else
    /// from a header line, else <c>column0..</c>. A line with a different number of fields fails the query with its line number.
    /// </summary>
    /// <exception cref="DataSourceException">The file cannot be opened, is empty, or the names do not match the fields.</exception>
    public static string SelectFrom(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (head, firstLineNumber) = FirstLines(source.Path, 2);
        if (head.Count == 0)
        {
            throw new DataSourceException($"{source.Path}: the file holds no data lines.");
        }

        string[] first = Split(head[0]);
        bool header = source.HasHeader ?? LooksLikeHeader(first, head.Count > 1 ? Split(head[1]) : null);
        IReadOnlyList<string> names = ColumnNamesFor(source, first, header);

        var d = DuckDbDialect.Instance;
        string path = d.QuoteString(source.Path);
        string delimiter = d.QuoteString(LineDelimiter.ToString());
        string trimmed = "trim(line, chr(32) || chr(9) || chr(13))";
        // Lines up to and including the header are skipped by their number in the file (blank lines count).
        long skip = header ? firstLineNumber : 0;
        // A line with another field count fails the query (DuckDB's error()) instead of yielding shifted columns.
        string ragged = string.Create(CultureInfo.InvariantCulture,
            $"error({d.QuoteString($"{source.Path}: line ")} || line_no || ' has ' || len(parts) || {d.QuoteString($" fields, expected {names.Count} (fields are separated by runs of spaces or tabs)")})");
        var sql = new StringBuilder("SELECT ");
        for (int i = 0; i < names.Count; i++)
        {
            sql.Append(i == 0 ? string.Empty : ", ")
               .Append(CultureInfo.InvariantCulture, $"CASE WHEN len(parts) = {names.Count} THEN parts[{i + 1}] ELSE {ragged} END AS ")
               .Append(d.QuoteIdentifier(names[i]));
        }

        sql.Append(" FROM (SELECT line_no, regexp_split_to_array(").Append(trimmed).Append(", '[ \\t]+') AS parts")
           .Append(" FROM (SELECT row_number() OVER () AS line_no, line FROM read_csv(").Append(path)
           .Append(", columns = {'line': 'VARCHAR'}, header = false, auto_detect = false, delim = ").Append(delimiter)
           .Append(", quote = '', escape = ''))")
           .Append(" WHERE ").Append(trimmed).Append(CultureInfo.InvariantCulture, $" <> '' AND line_no > {skip})");
        return sql.ToString();
    }

    private static IReadOnlyList<string> ColumnNamesFor(DataSource source, string[] first, bool header)
    {
        if (source.ColumnNames is { Count: > 0 } given)
        {
            if (given.Count != first.Length)
            {
                throw new DataSourceException(string.Create(CultureInfo.InvariantCulture,
                    $"{source.Path}: {given.Count} column names were given but the first line has {first.Length} fields."));
            }

            return given;
        }

        if (!header)
        {
            return [.. Enumerable.Range(0, first.Length).Select(i => string.Create(CultureInfo.InvariantCulture, $"column{i}"))];
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(first.Length);
        foreach (string token in first)
        {
            string name = token;
            for (int n = 2; !seen.Add(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{token}_{n}");
            }

            names.Add(name);
        }

        return names;
    }

    // A header has no numeric field while the next line has at least one (the rule CSV sniffers use).
    private static bool LooksLikeHeader(string[] first, string[]? second) =>
        first.All(t => !IsNumber(t)) && second is not null && second.Any(IsNumber);

    private static bool IsNumber(string token) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string[] Split(string line) =>
        line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);

    // The first non-blank lines and the 1-based line number of the first of them.
    private static (List<string> Lines, long FirstLineNumber) FirstLines(string path, int count)
    {
        var lines = new List<string>(count);
        long number = 0, firstNumber = 0;
        try
        {
            using Stream file = File.OpenRead(path);
            using Stream data = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var reader = new StreamReader(data, Encoding.UTF8);
            while (lines.Count < count && reader.ReadLine() is string line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    firstNumber = lines.Count == 0 ? number : firstNumber;
                    lines.Add(line);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new DataSourceException($"{path}: cannot be read: {ex.Message}", ex);
        }

        return (lines, firstNumber);
    }
}
