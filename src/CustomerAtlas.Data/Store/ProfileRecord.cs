namespace CustomerAtlas.Data.Store;

/// <summary>One feature's summary inside one segment, in the feature's original (unscaled) units.</summary>
/// <param name="SegmentId">Segment id.</param>
/// <param name="Feature">Feature name.</param>
/// <param name="Mean">Mean over the segment's customers.</param>
/// <param name="Median">Median over the segment's customers.</param>
/// <param name="OverallMean">Mean over all customers, for comparison.</param>
public sealed record ProfileRecord(int SegmentId, string Feature, double Mean, double Median, double OverallMean);
