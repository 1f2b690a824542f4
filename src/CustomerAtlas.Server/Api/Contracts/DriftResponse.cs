using CustomerAtlas.Core.Drift;

namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>The answer of <c>POST /drift</c>: the sent customers compared with the ones the served model was fitted on (as <c>atlas drift</c>).</summary>
/// <param name="ModelVersion">The model compared with.</param>
/// <param name="Verdict">"stable", "watch" or "refresh".</param>
/// <param name="Reasons">Why the verdict is not stable, one sentence each, most severe first.</param>
/// <param name="CustomersBefore">Customers the model was fitted on.</param>
/// <param name="CustomersNow">Customers sent.</param>
/// <param name="Features">Each feature's population stability index and medians, the largest PSI first.</param>
/// <param name="Segments">Each segment's share, fit → now.</param>
/// <param name="SegmentPsi">PSI of the segment shares.</param>
/// <param name="SegmentPValue">Chi-square goodness-of-fit p-value of the segment counts against the fitted shares.</param>
/// <param name="FarShare">Share of the customers farther from their segment's centre than 90 % of the fitted ones were.</param>
/// <param name="NoiseShare">Share of the customers the model calls noise.</param>
public sealed record DriftResponse(
    string ModelVersion,
    string Verdict,
    IReadOnlyList<string> Reasons,
    int CustomersBefore,
    int CustomersNow,
    IReadOnlyList<FeatureDrift> Features,
    IReadOnlyList<SegmentShift> Segments,
    double SegmentPsi,
    double SegmentPValue,
    double FarShare,
    double NoiseShare)
{
    /// <summary>The response for <paramref name="report"/> on model <paramref name="modelVersion"/>.</summary>
    public static DriftResponse From(string modelVersion, DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new DriftResponse(
            modelVersion, report.Verdict.ToString().ToLowerInvariant(), report.Reasons, report.CustomersBefore, report.CustomersNow,
            report.Features, report.Segments, report.SegmentPsi, report.SegmentPValue, report.FarShare, report.NoiseShareNow);
    }
}
