namespace CustomerAtlas.Data.Engines;

/// <summary>
/// A file to ingest and how to read it. Leave options null to let the engine detect them.
/// </summary>
public sealed record DataSource
{
    /// <summary>Path of the file (CSV, optionally gzipped; Parquet; JSON lines).</summary>
    public required string Path { get; init; }

    /// <summary>The file format; default <see cref="SourceFormat.Auto"/> (from the extension, then sniffing).</summary>
    public SourceFormat Format { get; init; } = SourceFormat.Auto;

    /// <summary>CSV delimiter; default null = detect. Use "\t" for TAB; " " or "whitespace" reads fields separated by runs of spaces/tabs (<see cref="SourceFormat.Whitespace"/>).</summary>
    public string? Delimiter { get; init; }

    /// <summary>Whether the CSV has a header row; default null = detect.</summary>
    public bool? HasHeader { get; init; }

    /// <summary>Column names to use for a CSV without a header (or to rename the header's columns); default none.</summary>
    public IReadOnlyList<string>? ColumnNames { get; init; }

    /// <summary>strftime-style date format for date columns (e.g. "%d-%m-%Y"); default null = detect.</summary>
    public string? DateFormat { get; init; }

    /// <summary>strftime-style timestamp format (e.g. "%Y%m%d"); default null = detect.</summary>
    public string? TimestampFormat { get; init; }
}
