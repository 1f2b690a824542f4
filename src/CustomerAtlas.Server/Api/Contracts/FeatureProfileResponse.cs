namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>One feature inside one segment, in original units.</summary>
/// <param name="Feature">Feature name.</param>
/// <param name="Mean">Mean in the segment.</param>
/// <param name="Median">Median in the segment.</param>
/// <param name="OverallMean">Mean over all customers.</param>
public sealed record FeatureProfileResponse(string Feature, double Mean, double Median, double OverallMean);
