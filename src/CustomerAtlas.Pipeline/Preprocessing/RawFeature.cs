namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>A raw customer feature column going into preprocessing.</summary>
/// <param name="Name">Feature name.</param>
/// <param name="Values">One value per customer; NaN = missing.</param>
/// <param name="IsAmountOrCount">Money or a count: log1p is considered when skewed.</param>
public sealed record RawFeature(string Name, double[] Values, bool IsAmountOrCount);
