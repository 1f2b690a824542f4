using System.Globalization;
using Parquet.Serialization;

namespace CustomerAtlas.Reports.Exports;

/// <summary>Writes and reads the per-customer assignment files (CSV and Parquet).</summary>
public static class AssignmentFiles
{
    /// <summary>The CSV header.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["customer_id", "segment_id", "segment_name", "distance", "confidence"];

    /// <summary>Writes segments.csv.</summary>
    public static void WriteCsv(string path, IEnumerable<AssignmentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new CsvWriter(path);
        writer.WriteRow(CsvHeader);
        foreach (var r in rows)
        {
            writer.WriteRow([
                r.CustomerId, r.SegmentId.ToString(CultureInfo.InvariantCulture), r.SegmentName,
                r.Distance.ToString("R", CultureInfo.InvariantCulture), r.Confidence.ToString("R", CultureInfo.InvariantCulture)]);
        }
    }

    /// <summary>Writes segments.parquet.</summary>
    public static async Task WriteParquetAsync(string path, IReadOnlyList<AssignmentRow> rows, CancellationToken ct = default)
    {
        await using var stream = File.Create(path);
        await ParquetSerializer.SerializeAsync(rows, stream, cancellationToken: ct).ConfigureAwait(false);
    }

    /// <summary>Reads segments.parquet.</summary>
    public static async Task<IReadOnlyList<AssignmentRow>> ReadParquetAsync(string path, CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(path);
        var result = await ParquetSerializer.DeserializeAsync<AssignmentRow>(stream, cancellationToken: ct).ConfigureAwait(false);
        return [.. result.Data];
    }
}
