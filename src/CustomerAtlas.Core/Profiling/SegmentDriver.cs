namespace CustomerAtlas.Core.Profiling;

/// <summary>A feature that sets a segment apart from the population.</summary>
/// <param name="Feature">Feature name.</param>
/// <param name="Index">Feature index.</param>
/// <param name="Role">Business role of the feature.</param>
/// <param name="StandardizedDifference">(segment mean − population mean) / population SD.</param>
/// <param name="Importance">Permutation importance for recognising this segment (one-vs-rest accuracy drop).</param>
public sealed record SegmentDriver(string Feature, int Index, FeatureRole Role, double StandardizedDifference, double Importance)
{
    /// <summary>"higher" or "lower" than the population.</summary>
    public string Direction => StandardizedDifference >= 0 ? "higher" : "lower";
}

/// <summary>Picks the drivers of each segment from its standardized differences and importances.</summary>
public static class SegmentDrivers
{
    /// <summary>Smallest |standardized difference| that counts as a driver. 0.3 SD: a small-to-medium effect.</summary>
    public const double MinimumEffect = 0.3;

    /// <summary>
    /// Drivers of one segment: features with |d| ≥ <see cref="MinimumEffect"/>, ordered by |d| × (1 + importance)
    /// so a large difference the classifier also relies on comes first; at most <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<SegmentDriver> For(
        IReadOnlyList<string> names,
        IReadOnlyList<FeatureRole> roles,
        IReadOnlyList<double> standardizedDifferences,
        IReadOnlyList<double> importances,
        int max = 5)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(standardizedDifferences);
        ArgumentNullException.ThrowIfNull(importances);
        return Enumerable.Range(0, names.Count)
            .Where(f => Math.Abs(standardizedDifferences[f]) >= MinimumEffect)
            .Select(f => new SegmentDriver(names[f], f, roles[f], standardizedDifferences[f], importances[f]))
            .OrderByDescending(d => Math.Abs(d.StandardizedDifference) * (1 + Math.Max(0, d.Importance)))
            .ThenBy(d => d.Index)
            .Take(max)
            .ToArray();
    }
}
