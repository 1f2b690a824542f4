namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>The answer of <c>GET /segments</c>.</summary>
/// <param name="ModelVersion">The served model version.</param>
/// <param name="CustomerCount">Customers the model was fitted on.</param>
/// <param name="Features">Original features the profiles describe.</param>
/// <param name="OverallMeans">Mean of each feature over all customers (the heat map's reference).</param>
/// <param name="Segments">Every segment, by id.</param>
public sealed record SegmentListResponse(
    string ModelVersion,
    int CustomerCount,
    IReadOnlyList<string> Features,
    IReadOnlyDictionary<string, double> OverallMeans,
    IReadOnlyList<SegmentSummaryResponse> Segments);
