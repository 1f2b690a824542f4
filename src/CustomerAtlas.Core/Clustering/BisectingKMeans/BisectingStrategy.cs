namespace CustomerAtlas.Core.Clustering.BisectingKMeans;

/// <summary>Which cluster bisecting k-means splits next.</summary>
public enum BisectingStrategy
{
    /// <summary>The cluster with the largest sum of squared distances to its centroid (scikit-learn's default).</summary>
    BiggestInertia,

    /// <summary>The cluster with the most rows (total weight).</summary>
    LargestCluster,
}
