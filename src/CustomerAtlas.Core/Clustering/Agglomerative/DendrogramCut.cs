namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>Flat clusterings read off a dendrogram.</summary>
public static class DendrogramCut
{
    /// <summary>
    /// Labels of the <paramref name="rows"/> training rows when the first n - k merges are applied
    /// (k = <paramref name="clusterCount"/>). Labels are numbered in order of each cluster's first row.
    /// </summary>
    public static int[] Labels(IReadOnlyList<DendrogramMerge> merges, int rows, int clusterCount)
    {
        ArgumentNullException.ThrowIfNull(merges);
        if (clusterCount < 1 || clusterCount > rows)
        {
            throw new ArgumentOutOfRangeException(nameof(clusterCount), clusterCount, $"Must be between 1 and the row count {rows}.");
        }

        if (merges.Count != rows - 1)
        {
            throw new ArgumentException($"A dendrogram of {rows} rows has {rows - 1} merges; got {merges.Count}.", nameof(merges));
        }

        // Union-find over rows, where each created cluster points at one of its rows.
        var parent = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            parent[i] = i;
        }

        var representative = new int[rows - 1];
        for (int i = 0; i < rows - clusterCount; i++)
        {
            var m = merges[i];
            int a = UnionFind.Find(parent, m.Left < rows ? m.Left : representative[m.Left - rows]);
            int b = UnionFind.Find(parent, m.Right < rows ? m.Right : representative[m.Right - rows]);
            parent[b] = a;
            representative[i] = a;
        }

        var labelOfRoot = new int[rows];
        Array.Fill(labelOfRoot, -1);
        var labels = new int[rows];
        int next = 0;
        for (int i = 0; i < rows; i++)
        {
            int root = UnionFind.Find(parent, i);
            if (labelOfRoot[root] < 0)
            {
                labelOfRoot[root] = next++;
            }

            labels[i] = labelOfRoot[root];
        }

        return labels;
    }
}
