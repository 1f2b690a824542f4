namespace CustomerAtlas.Data.Store;

/// <summary>How strongly one feature sets a segment apart.</summary>
/// <param name="Feature">Feature name.</param>
/// <param name="Effect">Standardized difference of the segment's mean from the overall mean (signed).</param>
public sealed record DriverRecord(string Feature, double Effect);
