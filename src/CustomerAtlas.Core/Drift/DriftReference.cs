namespace CustomerAtlas.Core.Drift;

/// <summary>
/// What a segmentation looked like on the customers it was fitted on, saved with the model so later customers can be
/// compared against it (<see cref="DriftMonitor"/>): each feature's distribution, each segment's share, and how far
/// customers were from their segment's centre.
/// </summary>
/// <param name="Customers">Customers the reference was taken on.</param>
/// <param name="Features">One reference per feature the model reads, in the model's order.</param>
/// <param name="SegmentShares">Share of customers per segment id (index = id); noise, where the model marks it, is left out of the shares' base.</param>
/// <param name="FarDistance">The 90th percentile of the customers' distances to their own segment's centre: one in ten was farther.</param>
public sealed record DriftReference(int Customers, IReadOnlyList<FeatureReference> Features, double[] SegmentShares, double FarDistance)
{
    /// <summary>The quantile of the fit's own distances <see cref="FarDistance"/> is taken at.</summary>
    public const double FarQuantile = 0.9;

    /// <summary>Builds the reference of a fitted segmentation.</summary>
    /// <param name="features">Raw feature values of the fitted customers by name, in the model's order (NaN = missing).</param>
    /// <param name="labels">Each customer's segment (−1 = noise).</param>
    /// <param name="distances">Each customer's distance to its own segment's centre in model space (NaN for noise).</param>
    /// <param name="segmentCount">Number of segments.</param>
    /// <param name="bins">Quantile bins per feature (<see cref="DriftOptions.Bins"/>).</param>
    /// <exception cref="ArgumentException">Lengths differ, or there is no customer.</exception>
    public static DriftReference Build(
        IReadOnlyList<(string Name, double[] Values)> features, IReadOnlyList<int> labels, IReadOnlyList<double> distances, int segmentCount, int bins)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentCount, 1);
        if (labels.Count == 0 || labels.Count != distances.Count || features.Any(f => f.Values.Length != labels.Count))
        {
            throw new ArgumentException($"Need at least one customer and as many labels, distances and feature values (labels {labels.Count}, distances {distances.Count}).", nameof(labels));
        }

        return new DriftReference(
            labels.Count,
            [.. features.Select(f => FeatureReference.Build(f.Name, f.Values, bins))],
            SegmentSharesOf(labels, segmentCount),
            Quantile(distances, FarQuantile));
    }

    /// <summary>Share of the non-noise <paramref name="labels"/> in each segment 0..<paramref name="segmentCount"/> − 1 (all zero without any).</summary>
    public static double[] SegmentSharesOf(IReadOnlyList<int> labels, int segmentCount)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var shares = new double[segmentCount];
        int assigned = 0;
        foreach (int l in labels.Where(l => l >= 0 && l < segmentCount))
        {
            shares[l]++;
            assigned++;
        }

        for (int s = 0; s < segmentCount && assigned > 0; s++)
        {
            shares[s] /= assigned;
        }

        return shares;
    }

    /// <summary>The <paramref name="q"/> quantile of the finite values (the nearest-rank value; NaN when there is none).</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        ArgumentNullException.ThrowIfNull(values);
        return QuantileOfSorted([.. values.Where(double.IsFinite).Order()], q);
    }

    /// <summary><see cref="Quantile"/> of values already finite and sorted ascending (no copy, no sort).</summary>
    internal static double QuantileOfSorted(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
