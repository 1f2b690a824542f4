namespace CustomerAtlas.Pipeline.Profiling;

/// <summary>One original (unscaled) feature inside one segment.</summary>
/// <param name="Feature">Feature name.</param>
/// <param name="Mean">Mean in the segment (missing values ignored).</param>
/// <param name="Median">Median in the segment.</param>
/// <param name="OverallMean">Mean over all customers.</param>
/// <param name="StandardizedDifference">(segment mean − overall mean) / overall standard deviation, in model space (after log1p); 0 for dropped features.</param>
public sealed record FeatureSummary(string Feature, double Mean, double Median, double OverallMean, double StandardizedDifference);
