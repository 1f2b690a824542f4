namespace CustomerAtlas.Data.Engines;

/// <summary>Input file formats.</summary>
public enum SourceFormat
{
    /// <summary>Decide from the file extension (.csv/.tsv/.txt[.gz], .parquet, .json/.jsonl/.ndjson; a " " delimiter means whitespace-aligned).</summary>
    Auto,

    /// <summary>Delimited text, optionally gzip-compressed.</summary>
    Csv,

    /// <summary>Apache Parquet.</summary>
    Parquet,

    /// <summary>Newline-delimited JSON objects.</summary>
    JsonLines,

    /// <summary>
    /// Text whose fields are separated by runs of spaces or tabs (whitespace-aligned files such as CDNOW's log), optionally
    /// gzip-compressed. Chosen as well by the delimiter " " or "whitespace".
    /// </summary>
    Whitespace,
}
