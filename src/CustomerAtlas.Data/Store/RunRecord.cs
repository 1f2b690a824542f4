namespace CustomerAtlas.Data.Store;

/// <summary>
/// Everything a segmentation run delivers to its consumers, in the shape the segment store
/// keeps it: the model's metadata, one record per segment, the per-segment feature profile and
/// every customer's assignment. The API serves it and <see cref="PostgresSegmentStore"/> persists it.
/// </summary>
/// <param name="Model">Version, algorithm, lineage and the saved model itself.</param>
/// <param name="Segments">One record per segment, ordered by id.</param>
/// <param name="Profiles">Mean and median of each original feature per segment.</param>
/// <param name="Customers">Each fitted customer's segment, distance and confidence.</param>
public sealed record RunRecord(
    ModelRecord Model,
    IReadOnlyList<SegmentRecord> Segments,
    IReadOnlyList<ProfileRecord> Profiles,
    IReadOnlyList<CustomerRecord> Customers);
