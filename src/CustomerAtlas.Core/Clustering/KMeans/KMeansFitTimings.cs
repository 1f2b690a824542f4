namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>Wall-clock seconds a fit spent seeding and iterating, summed over restarts.</summary>
/// <param name="InitSeconds">Time in the initialisation (k-means++ or random).</param>
/// <param name="IterationSeconds">Time in the Lloyd/Hamerly iterations and the final assignment.</param>
public sealed record KMeansFitTimings(double InitSeconds, double IterationSeconds);
