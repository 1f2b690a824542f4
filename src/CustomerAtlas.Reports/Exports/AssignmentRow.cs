namespace CustomerAtlas.Reports.Exports;

/// <summary>One row of segments.csv / segments.parquet.</summary>
public sealed class AssignmentRow
{
    /// <summary>Customer id.</summary>
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>Segment id.</summary>
    public int SegmentId { get; set; }

    /// <summary>Segment name.</summary>
    public string SegmentName { get; set; } = string.Empty;

    /// <summary>Distance to the segment centre in model space.</summary>
    public double Distance { get; set; }

    /// <summary>1 − nearest / second-nearest centre distance.</summary>
    public double Confidence { get; set; }
}
