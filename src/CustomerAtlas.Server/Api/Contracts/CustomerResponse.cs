namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>The answer of <c>GET /customers/{id}</c>.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="SegmentId">Assigned segment (-1 = noise).</param>
/// <param name="SegmentName">The segment's name ("Noise" for -1).</param>
/// <param name="Confidence">How clearly the customer belongs to the segment, 0..1.</param>
/// <param name="Distance">Distance to the segment's centre in the model's feature space.</param>
/// <param name="MapX">2-D map coordinate, when computed.</param>
/// <param name="MapY">2-D map coordinate, when computed.</param>
public sealed record CustomerResponse(string CustomerId, int SegmentId, string SegmentName, double Confidence, double Distance, double? MapX, double? MapY);
