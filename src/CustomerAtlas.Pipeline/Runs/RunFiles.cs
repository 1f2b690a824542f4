namespace CustomerAtlas.Pipeline.Runs;

/// <summary>The file names of a run directory (see docs/run-format.md).</summary>
public static class RunFiles
{
    /// <summary>The model: plan, preprocessing, clustering model, segments.</summary>
    public const string Model = "model.json";

    /// <summary>One row per customer: customer_id, segment_id, segment_name, distance, confidence.</summary>
    public const string SegmentsCsv = "segments.csv";

    /// <summary>The same as <see cref="SegmentsCsv"/> in Parquet.</summary>
    public const string SegmentsParquet = "segments.parquet";

    /// <summary>One row per segment and feature: sizes, shares, means, medians, standardized differences.</summary>
    public const string ProfilesCsv = "profiles.csv";

    /// <summary>The segment profiles as JSON (what <see cref="SegmentRun"/> loads).</summary>
    public const string ProfilesJson = "profiles.json";

    /// <summary>Data quality findings and remediation counts.</summary>
    public const string Quality = "quality.json";

    /// <summary>The self-contained HTML report.</summary>
    public const string Report = "report.html";
}
