using System.Text;

namespace CustomerAtlas.Reports.Exports;

/// <summary>
/// Writes RFC 4180 CSV (comma, CRLF-free "\n" lines), UTF-8 without BOM. A null field is a missing value and is
/// written as nothing; a field is quoted when it holds a comma, quote or newline, or is empty, so that a reader
/// (DuckDB's among them) can tell an empty text from a missing value.
/// </summary>
public sealed class CsvWriter : IDisposable
{
    private readonly StreamWriter _writer;

    /// <summary>Creates (or truncates) <paramref name="path"/>.</summary>
    public CsvWriter(string path)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
    }

    /// <summary>Writes one row (null = missing).</summary>
    public void WriteRow(IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            string? f = fields[i];
            if (f is null)
            {
                continue;
            }

            if (f.Length == 0 || f.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _writer.Write('"');
                _writer.Write(f.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(f);
            }
        }

        _writer.WriteLine();
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();
}
