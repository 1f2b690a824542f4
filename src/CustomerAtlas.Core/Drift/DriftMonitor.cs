using System.Globalization;
using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Drift;

/// <summary>
/// Compares new customers with the customers a segmentation was fitted on: has each feature's distribution moved
/// (PSI), have the segment shares moved (PSI and a chi-square test), and are the new customers still close to the
/// segment centres (the share beyond the distance only one in ten fitted customers reached)?
/// </summary>
public static class DriftMonitor
{
    /// <summary>Compares <paramref name="labels"/> and <paramref name="features"/> of new customers with <paramref name="reference"/>.</summary>
    /// <param name="reference">The model's reference.</param>
    /// <param name="segmentNames">Name of each segment id (index = id).</param>
    /// <param name="features">New customers' raw values of every reference feature by name (NaN = missing).</param>
    /// <param name="labels">Their segments as the model assigns them (−1 = noise).</param>
    /// <param name="distances">Their distances to their own segment's centre (NaN for noise).</param>
    /// <param name="options">Thresholds.</param>
    /// <exception cref="ArgumentException">A reference feature is missing, lengths differ, or there is no new customer.</exception>
    public static DriftReport Compare(
        DriftReference reference, IReadOnlyList<string> segmentNames, IReadOnlyDictionary<string, double[]> features,
        IReadOnlyList<int> labels, IReadOnlyList<double> distances, DriftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(segmentNames);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(distances);
        options ??= new DriftOptions();
        options.Validate();
        int n = labels.Count;
        if (n == 0 || distances.Count != n)
        {
            throw new ArgumentException($"Need at least one new customer and a distance for each (labels {n}, distances {distances.Count}).", nameof(labels));
        }

        var missing = reference.Features.Where(f => !features.ContainsKey(f.Name)).Select(f => f.Name).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"The new customers lack the feature(s) {string.Join(", ", missing)} the model was fitted on.", nameof(features));
        }

        var featureDrift = reference.Features.Select(f => Feature(f, features[f.Name], n)).OrderByDescending(f => f.Psi).ToArray();
        int k = reference.SegmentShares.Length;
        var sharesNow = DriftReference.SegmentSharesOf(labels, k);
        var segments = Enumerable.Range(0, k)
            .Select(id => new SegmentShift(id, id < segmentNames.Count ? segmentNames[id] : $"Segment {id}", reference.SegmentShares[id], sharesNow[id]))
            .ToArray();
        double segmentPsi = PopulationStability.Index(reference.SegmentShares, sharesNow);
        double pValue = GoodnessOfFit(reference.SegmentShares, labels);
        double farShare = distances.Count(d => d > reference.FarDistance) / (double)n;
        double noiseShare = labels.Count(l => l < 0) / (double)n;

        var refresh = new List<string>();
        var watch = new List<string>();
        foreach (var f in featureDrift.Where(f => f.Psi >= options.WatchPsi))
        {
            (f.Psi >= options.RefreshPsi ? refresh : watch).Add(string.Create(
                CultureInfo.InvariantCulture, $"{f.Name} moved (PSI {f.Psi:0.00}; median {f.MedianBefore:G4} → {f.MedianNow:G4}; missing {f.MissingBefore:P0} → {f.MissingNow:P0})."));
        }

        if (segmentPsi >= options.WatchPsi)
        {
            var largest = segments.MaxBy(s => Math.Abs(s.ShareNow - s.ShareBefore))!;
            (segmentPsi >= options.RefreshPsi ? refresh : watch).Add(string.Create(
                CultureInfo.InvariantCulture, $"Segment shares moved (PSI {segmentPsi:0.00}; largest: {largest.Name} {largest.ShareBefore:P0} → {largest.ShareNow:P0})."));
        }

        if (farShare >= options.WatchFarShare)
        {
            (farShare >= options.RefreshFarShare ? refresh : watch).Add(string.Create(
                CultureInfo.InvariantCulture, $"{farShare:P0} of the customers are farther from their segment's centre than 90 % of the fitted ones were (10 % at fit time)."));
        }

        var verdict = refresh.Count > 0 ? DriftVerdict.Refresh : watch.Count > 0 ? DriftVerdict.Watch : DriftVerdict.Stable;
        return new DriftReport(verdict, [.. refresh, .. watch], reference.Customers, n, featureDrift, segments, segmentPsi, pValue, farShare, noiseShare);
    }

    private static FeatureDrift Feature(FeatureReference reference, double[] values, int n)
    {
        if (values.Length != n)
        {
            throw new ArgumentException($"Feature {reference.Name} has {values.Length} values for {n} customers.", nameof(values));
        }

        var shares = reference.SharesOf(values);
        return new FeatureDrift(
            reference.Name,
            PopulationStability.Index(reference.Shares, shares),
            reference.Shares[^1],
            shares[^1],
            reference.Median,
            DriftReference.Quantile(values, 0.5));
    }

    // Chi-square goodness of fit of the assigned (non-noise) customers' counts per segment against the fitted shares;
    // segments the fit left empty are left out (they would divide by zero). 1 when there is nothing to test.
    private static double GoodnessOfFit(double[] expectedShares, IReadOnlyList<int> labels)
    {
        var counts = new double[expectedShares.Length];
        foreach (int l in labels.Where(l => l >= 0 && l < counts.Length))
        {
            counts[l]++;
        }

        double total = counts.Sum();
        var used = Enumerable.Range(0, counts.Length).Where(i => expectedShares[i] > 0).ToArray();
        if (total == 0 || used.Length < 2)
        {
            return 1;
        }

        double statistic = used.Sum(i => Math.Pow(counts[i] - (expectedShares[i] * total), 2) / (expectedShares[i] * total));
        return Distributions.ChiSquareSurvival(statistic, used.Length - 1);
    }
}
