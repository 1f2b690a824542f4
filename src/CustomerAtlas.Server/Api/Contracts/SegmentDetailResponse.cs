namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>The answer of <c>GET /segments/{id}</c>.</summary>
/// <param name="Id">Segment id.</param>
/// <param name="Name">Descriptive name.</param>
/// <param name="Size">Number of customers.</param>
/// <param name="Share">Fraction of all customers.</param>
/// <param name="Profile">Every original feature's mean and median against the overall mean.</param>
/// <param name="Drivers">Distinguishing features, strongest first.</param>
/// <param name="Rules">Human-readable rules describing the segment's members.</param>
/// <param name="Centroid">The segment's centre in the model's feature space, by feature.</param>
public sealed record SegmentDetailResponse(
    int Id,
    string Name,
    long Size,
    double Share,
    IReadOnlyList<FeatureProfileResponse> Profile,
    IReadOnlyList<DriverResponse> Drivers,
    IReadOnlyList<string> Rules,
    IReadOnlyDictionary<string, double> Centroid);
