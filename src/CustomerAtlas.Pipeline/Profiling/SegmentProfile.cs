namespace CustomerAtlas.Pipeline.Profiling;

/// <summary>What one segment looks like.</summary>
/// <param name="Id">Segment id (the model's cluster label).</param>
/// <param name="Name">Descriptive, unique name derived from the drivers.</param>
/// <param name="Size">Customers.</param>
/// <param name="Share">Customers / all customers.</param>
/// <param name="RevenueShare">The segment's share of total spend, or null when the data has no spend feature.</param>
/// <param name="Drivers">The 3 most distinguishing features (largest |standardized difference|), strongest first.</param>
/// <param name="Features">Every original feature's summary.</param>
/// <param name="OutcomeRates">Per outcome column: share of customers with a positive value (1/yes/true).</param>
public sealed record SegmentProfile(
    int Id, string Name, int Size, double Share, double? RevenueShare, IReadOnlyList<FeatureSummary> Drivers,
    IReadOnlyList<FeatureSummary> Features, IReadOnlyDictionary<string, double> OutcomeRates);
