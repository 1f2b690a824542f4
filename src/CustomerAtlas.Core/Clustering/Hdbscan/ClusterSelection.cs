namespace CustomerAtlas.Core.Clustering.Hdbscan;

/// <summary>Picks the flat clustering from a condensed tree (excess of mass or leaves), as the hdbscan library does.</summary>
internal static class ClusterSelection
{
    /// <summary>Selected flags per cluster index (0 = root).</summary>
    public static bool[] Select(CondensedTreeIndex index, double[] stability, ClusterSelectionMethod method, bool allowSingleCluster)
    {
        int count = index.ClusterCount;
        var selected = new bool[count];
        var hasChild = new bool[count];
        for (int c = 1; c < count; c++)
        {
            hasChild[index.ClusterParent[c]] = true;
        }

        int first = allowSingleCluster ? 0 : 1;
        if (method == ClusterSelectionMethod.Leaf)
        {
            for (int c = first; c < count; c++)
            {
                selected[c] = !hasChild[c];
            }

            return selected;
        }

        // Excess of mass, bottom-up (children have larger indices than their parents): a cluster
        // survives unless its children's best selections are together more stable than it is.
        var best = (double[])stability.Clone();
        var childSum = new double[count];
        for (int c = count - 1; c >= first; c--)
        {
            if (hasChild[c] && childSum[c] > stability[c])
            {
                best[c] = childSum[c];
            }
            else
            {
                selected[c] = true;
            }

            if (c > 0)
            {
                childSum[index.ClusterParent[c]] += best[c];
            }
        }

        // Keep only the topmost selected cluster on every root-to-leaf path (parents come first).
        var coveredAbove = new bool[count];
        for (int c = 1; c < count; c++)
        {
            int p = index.ClusterParent[c];
            coveredAbove[c] = coveredAbove[p] || selected[p];
            if (coveredAbove[c])
            {
                selected[c] = false;
            }
        }

        return selected;
    }
}
