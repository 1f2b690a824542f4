using CustomerAtlas.Core.Distances;

namespace CustomerAtlas.Core.Clustering.Assignment;

/// <summary>A row goes to the nearest of the centroids under <see cref="Metric"/>; ties to the lower label.</summary>
public sealed record NearestCentroidRule : AssignmentRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="featureCount">Features per row.</param>
    /// <param name="centroids">Centroids row-major, labels × <paramref name="featureCount"/>.</param>
    /// <param name="metric">Euclidean, SquaredEuclidean or Manhattan (both Euclidean forms order centroids alike).</param>
    public NearestCentroidRule(int featureCount, double[] centroids, DistanceMetric metric)
        : base(featureCount, CentroidCount(featureCount, centroids))
    {
        if (metric is not (DistanceMetric.Euclidean or DistanceMetric.SquaredEuclidean or DistanceMetric.Manhattan))
        {
            throw new ArgumentException($"A nearest-centroid rule measures Euclidean or Manhattan distance, not {metric}.", nameof(metric));
        }

        Centroids = centroids;
        Metric = metric;
    }

    /// <summary>Centroids row-major, <see cref="AssignmentRule.ClusterCount"/> × <see cref="AssignmentRule.FeatureCount"/>.</summary>
    public double[] Centroids { get; }

    /// <summary>The distance the centroids are compared by.</summary>
    public DistanceMetric Metric { get; }

    /// <summary>Centroid <paramref name="label"/>.</summary>
    public ReadOnlySpan<double> Centroid(int label) => Centroids.AsSpan(label * FeatureCount, FeatureCount);

    private static int CentroidCount(int featureCount, double[] centroids)
    {
        ArgumentNullException.ThrowIfNull(centroids);
        if (featureCount < 1 || centroids.Length == 0 || centroids.Length % featureCount != 0)
        {
            throw new ArgumentException($"Centroids ({centroids.Length} values) do not fit rows of {featureCount} features.", nameof(centroids));
        }

        return centroids.Length / featureCount;
    }
}
