namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>The iteration used after initialisation. Both give bit-for-bit the same result.</summary>
public enum KMeansAlgorithm
{
    /// <summary>Lloyd's algorithm: every row is compared with every centroid each iteration.</summary>
    Lloyd,

    /// <summary>
    /// Hamerly's algorithm (2010): one upper and one lower distance bound per row skip the comparisons
    /// that cannot change the assignment. Pays off when centroids move little between iterations.
    /// </summary>
    Hamerly,
}
