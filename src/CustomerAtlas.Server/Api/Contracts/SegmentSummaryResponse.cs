namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>One segment in the overview.</summary>
/// <param name="Id">Segment id.</param>
/// <param name="Name">Descriptive name.</param>
/// <param name="Size">Number of customers.</param>
/// <param name="Share">Fraction of all customers.</param>
/// <param name="MeanConfidence">Mean assignment confidence of the segment's customers, 0..1.</param>
/// <param name="Profile">Mean of each original feature in the segment.</param>
/// <param name="TopDrivers">The features that most set the segment apart, strongest first.</param>
public sealed record SegmentSummaryResponse(
    int Id,
    string Name,
    long Size,
    double Share,
    double MeanConfidence,
    IReadOnlyDictionary<string, double> Profile,
    IReadOnlyList<DriverResponse> TopDrivers);
