namespace CustomerAtlas.Core.Clustering.BisectingKMeans;

/// <summary>
/// A node of the bisecting tree. Internal nodes have two children (indices into the node list); leaves
/// have <see cref="Left"/> = <see cref="Right"/> = -1 and a cluster label.
/// </summary>
/// <param name="Centroid">Mean of the rows that reached this node.</param>
/// <param name="Left">Index of the first child, or -1 for a leaf.</param>
/// <param name="Right">Index of the second child, or -1 for a leaf.</param>
/// <param name="Label">Cluster label of a leaf, or -1 for an internal node.</param>
public sealed record BisectingNode(double[] Centroid, int Left, int Right, int Label)
{
    /// <summary>Whether this node is a leaf (a cluster).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsLeaf => Left < 0;
}
