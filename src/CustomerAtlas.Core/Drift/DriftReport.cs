namespace CustomerAtlas.Core.Drift;

/// <summary>What the comparison of new customers with a model's reference concludes.</summary>
public enum DriftVerdict
{
    /// <summary>The customers look like the ones the model was fitted on.</summary>
    Stable,

    /// <summary>Something moved: the segments still hold, but the moved features are worth watching.</summary>
    Watch,

    /// <summary>The customers changed enough that the segments no longer describe them: fit the model again.</summary>
    Refresh,
}

/// <summary>One feature's drift.</summary>
/// <param name="Name">Feature name.</param>
/// <param name="Psi">Population stability index of its distribution, fit → new.</param>
/// <param name="MissingBefore">Share of fitted customers with the value missing.</param>
/// <param name="MissingNow">Share of new customers with the value missing.</param>
/// <param name="MedianBefore">Median of the fitted customers' known values (NaN when none was known).</param>
/// <param name="MedianNow">Median of the new customers' known values (NaN when none is known).</param>
public sealed record FeatureDrift(string Name, double Psi, double MissingBefore, double MissingNow, double MedianBefore, double MedianNow);

/// <summary>One segment's share, fit → new.</summary>
/// <param name="Id">Segment id.</param>
/// <param name="Name">Segment name.</param>
/// <param name="ShareBefore">Share of the fitted customers.</param>
/// <param name="ShareNow">Share of the new customers.</param>
public sealed record SegmentShift(int Id, string Name, double ShareBefore, double ShareNow);

/// <summary>The comparison of new customers with a model's <see cref="DriftReference"/> (<see cref="DriftMonitor.Compare"/>).</summary>
/// <param name="Verdict">Stable, Watch or Refresh.</param>
/// <param name="Reasons">Why the verdict is not Stable, one sentence each, most severe first (empty when Stable).</param>
/// <param name="CustomersBefore">Customers in the reference.</param>
/// <param name="CustomersNow">New customers compared.</param>
/// <param name="Features">Every feature, the largest PSI first.</param>
/// <param name="Segments">Every segment by id.</param>
/// <param name="SegmentPsi">PSI of the segment shares.</param>
/// <param name="SegmentPValue">Chi-square goodness-of-fit p-value of the new customers' segment counts against the fitted shares.</param>
/// <param name="FarShare">Share of new customers farther from their segment's centre than <see cref="DriftReference.FarDistance"/> (10 % at fit time).</param>
/// <param name="NoiseShareNow">Share of new customers the model calls noise.</param>
public sealed record DriftReport(
    DriftVerdict Verdict,
    IReadOnlyList<string> Reasons,
    int CustomersBefore,
    int CustomersNow,
    IReadOnlyList<FeatureDrift> Features,
    IReadOnlyList<SegmentShift> Segments,
    double SegmentPsi,
    double SegmentPValue,
    double FarShare,
    double NoiseShareNow);
