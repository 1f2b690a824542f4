namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>How the distance between two clusters is measured when merging.</summary>
public enum Linkage
{
    /// <summary>Merge the pair that least increases the within-cluster sum of squares (Euclidean only).</summary>
    Ward,

    /// <summary>Cluster distance = largest distance between their members.</summary>
    Complete,

    /// <summary>Cluster distance = mean distance between their members (UPGMA).</summary>
    Average,

    /// <summary>Cluster distance = smallest distance between their members.</summary>
    Single,
}
