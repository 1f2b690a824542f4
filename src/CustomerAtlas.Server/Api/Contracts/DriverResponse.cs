namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>How strongly one feature sets a segment apart.</summary>
/// <param name="Feature">Feature name.</param>
/// <param name="Effect">Standardized difference from the overall mean (positive = higher in the segment).</param>
public sealed record DriverResponse(string Feature, double Effect);
