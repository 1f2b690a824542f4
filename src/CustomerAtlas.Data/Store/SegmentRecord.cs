namespace CustomerAtlas.Data.Store;

/// <summary>One segment of a model version.</summary>
/// <param name="Id">Segment id, 0..k-1.</param>
/// <param name="Name">Descriptive name derived from the segment's drivers.</param>
/// <param name="Size">Number of customers in the segment.</param>
/// <param name="Share">Size as a fraction of all customers.</param>
/// <param name="Centroid">Centre in the model's feature space (same order as <see cref="ModelRecord.FeatureNames"/>).</param>
/// <param name="Drivers">The features that most distinguish the segment, strongest first.</param>
/// <param name="Rules">Human-readable rules that describe members of the segment.</param>
public sealed record SegmentRecord(
    int Id,
    string Name,
    long Size,
    double Share,
    IReadOnlyList<double> Centroid,
    IReadOnlyList<DriverRecord> Drivers,
    IReadOnlyList<string> Rules);
