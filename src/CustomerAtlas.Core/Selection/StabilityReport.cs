namespace CustomerAtlas.Core.Selection;

/// <summary>How well the chosen partition survives refitting on resamples (from <see cref="Metrics.BootstrapStability"/>).</summary>
/// <param name="MeanAri">Mean ARI of each resample fit against the reference fit, on the rows the resample holds.</param>
/// <param name="MeanPairwiseAri">Mean ARI between pairs of resample fits.</param>
/// <param name="ResampleAri">ARI of each resample against the reference.</param>
/// <param name="SegmentJaccard">Per segment (by the candidate's labels): mean best Jaccard match over resamples; 0 when the segment did not appear in the stability sample.</param>
/// <param name="UnstableSegments">Segments whose mean Jaccard is below the threshold.</param>
public sealed record StabilityReport(
    double MeanAri,
    double MeanPairwiseAri,
    IReadOnlyList<double> ResampleAri,
    IReadOnlyList<double> SegmentJaccard,
    IReadOnlyList<int> UnstableSegments);
