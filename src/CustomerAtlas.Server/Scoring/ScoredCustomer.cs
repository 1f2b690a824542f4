namespace CustomerAtlas.Server.Scoring;

/// <summary>One customer's assignment by the scorer.</summary>
/// <param name="CustomerId">The customer's id from the input.</param>
/// <param name="SegmentId">Assigned segment (-1 = noise).</param>
/// <param name="Distance">Distance to the segment's centre in the model's feature space.</param>
/// <param name="Confidence">How clearly the customer belongs to the segment, 0..1.</param>
public sealed record ScoredCustomer(string CustomerId, int SegmentId, double Distance, double Confidence);
