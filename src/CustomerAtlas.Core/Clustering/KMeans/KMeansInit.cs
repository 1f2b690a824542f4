namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>How the first centroids are chosen.</summary>
public enum KMeansInit
{
    /// <summary>
    /// Greedy k-means++: each new centroid is the best (lowest resulting inertia) of 2 + ⌊ln k⌋ candidates
    /// drawn with probability proportional to weight × squared distance to the nearest chosen centroid
    /// (Arthur &amp; Vassilvitskii 2007, greedy variant as in scikit-learn).
    /// </summary>
    KMeansPlusPlus,

    /// <summary>k distinct rows drawn uniformly at random.</summary>
    Random,
}
