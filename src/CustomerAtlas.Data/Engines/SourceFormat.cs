namespace CustomerAtlas.Data.Engines;

/// <summary>Input file formats.</summary>
public enum SourceFormat
{
    /// <summary>Decide from the file extension (.csv/.tsv/.txt[.gz], .parquet, .json/.jsonl/.ndjson).</summary>
    Auto,

    /// <summary>Delimited text, optionally gzip-compressed.</summary>
    Csv,

    /// <summary>Apache Parquet.</summary>
    Parquet,

    /// <summary>Newline-delimited JSON objects.</summary>
    JsonLines,
}
