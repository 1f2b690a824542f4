namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>One scored customer.</summary>
/// <param name="CustomerId">The customer's id from the request.</param>
/// <param name="SegmentId">Assigned segment (-1 = noise).</param>
/// <param name="SegmentName">The segment's name.</param>
/// <param name="Distance">Distance to the segment's centre in the model's feature space.</param>
/// <param name="Confidence">How clearly the customer belongs to the segment, 0..1.</param>
public sealed record ScoredCustomerResponse(string CustomerId, int SegmentId, string SegmentName, double Distance, double Confidence);
