namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// What a DBSCAN search finds: a label per row (noise −1), the core rows in ascending order with their
/// cluster numbers, and the number of clusters.
/// </summary>
internal sealed record DbscanResult(int[] Labels, List<int> CoreIndices, int[] CoreLabels, int ClusterCount);
