namespace CustomerAtlas.Pipeline.Scoring;

/// <summary>One customer's assignment.</summary>
/// <param name="CustomerId">The customer id as the fit writes it.</param>
/// <param name="SegmentId">Segment id.</param>
/// <param name="SegmentName">Segment name.</param>
/// <param name="Distance">Euclidean distance to the segment's centre in model space.</param>
/// <param name="Confidence">1 − (distance to nearest centre / distance to second nearest), in 0..1: 0 = on the border.</param>
public sealed record ScoredCustomer(string CustomerId, int SegmentId, string SegmentName, double Distance, double Confidence);
