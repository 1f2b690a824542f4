namespace CustomerAtlas.Data.Store;

/// <summary>One customer's place in a model version.</summary>
/// <param name="CustomerId">The customer's id as it appears in the source data.</param>
/// <param name="SegmentId">Assigned segment (-1 = noise).</param>
/// <param name="Distance">Distance to the assigned segment's centre in the model's feature space.</param>
/// <param name="Confidence">How clearly the customer belongs to its segment, 0..1.</param>
/// <param name="MapX">First coordinate of the 2-D map, when computed.</param>
/// <param name="MapY">Second coordinate of the 2-D map, when computed.</param>
public sealed record CustomerRecord(string CustomerId, int SegmentId, double Distance, double Confidence, double? MapX, double? MapY);
