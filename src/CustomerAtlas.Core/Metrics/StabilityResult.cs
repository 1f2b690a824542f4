namespace CustomerAtlas.Core.Metrics;

/// <summary>The outcome of <see cref="BootstrapStability.Evaluate"/>.</summary>
/// <param name="MeanPairwiseAri">Mean ARI between every pair of resample clusterings, on the rows both resamples hold.</param>
/// <param name="ResampleAriToReference">ARI of each resample clustering against the full-data clustering on the resample's rows.</param>
/// <param name="ClusterJaccard">
/// For each cluster of the full-data clustering (by label 0..k-1): the mean over resamples of the best
/// Jaccard similarity with any resample cluster (Hennig 2007). Below about 0.6 a cluster is unstable.
/// </param>
/// <param name="ReferenceLabels">Labels of the full-data clustering the Jaccard figures refer to.</param>
public sealed record StabilityResult(
    double MeanPairwiseAri,
    IReadOnlyList<double> ResampleAriToReference,
    IReadOnlyList<double> ClusterJaccard,
    IReadOnlyList<int> ReferenceLabels);
