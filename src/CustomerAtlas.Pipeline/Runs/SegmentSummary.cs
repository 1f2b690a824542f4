namespace CustomerAtlas.Pipeline.Runs;

/// <summary>A segment as saved in model.json.</summary>
/// <param name="Id">Segment id (the clustering label).</param>
/// <param name="Name">Descriptive name.</param>
/// <param name="Size">Customers in the fit.</param>
/// <param name="Share">Share of fit customers.</param>
/// <param name="Centroid">Centre in model space (kept features, scaled), in <see cref="SegmentModel"/> feature order.</param>
public sealed record SegmentSummary(int Id, string Name, int Size, double Share, double[] Centroid);
