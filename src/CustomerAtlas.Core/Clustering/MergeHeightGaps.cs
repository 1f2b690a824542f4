namespace CustomerAtlas.Core.Clustering;

/// <summary>
/// Chooses a number of clusters from a merge list without labels: the cut whose partition
/// persists over the widest range of merge heights. Cutting at k clusters keeps the first
/// <c>m − k + 1</c> of <c>m</c> merges; that partition exists from the highest merge made so
/// far up to the height of the next merge. The gap between the two measures how persistent
/// the k-cluster structure is. Running maxima make this work for merge lists whose heights are
/// not monotone (Genie, centroid-like linkages).
/// </summary>
public static class MergeHeightGaps
{
    /// <summary>
    /// Persistence of the k-cluster cut for every k in <c>[minClusters, maxClusters]</c>,
    /// given the heights of the merges of <paramref name="itemCount"/> items in merge order.
    /// Entry <c>k - minClusters</c> is the gap for k.
    /// </summary>
    public static double[] Persistence(IReadOnlyList<double> heights, int itemCount, int minClusters, int maxClusters)
    {
        ArgumentNullException.ThrowIfNull(heights);
        if (heights.Count != itemCount - 1)
        {
            throw new ArgumentException($"Expected {itemCount - 1} merge heights for {itemCount} items, got {heights.Count}.", nameof(heights));
        }

        CheckRange(itemCount, minClusters, maxClusters);
        var runningMax = new double[heights.Count + 1];
        runningMax[0] = 0;
        for (int i = 0; i < heights.Count; i++)
        {
            runningMax[i + 1] = Math.Max(runningMax[i], heights[i]);
        }

        var gaps = new double[maxClusters - minClusters + 1];
        for (int k = minClusters; k <= maxClusters; k++)
        {
            int done = itemCount - k;
            gaps[k - minClusters] = heights[done] - runningMax[done];
        }

        return gaps;
    }

    /// <summary>The k in <c>[minClusters, maxClusters]</c> with the largest persistence (ties: the smaller k).</summary>
    public static int MostPersistent(IReadOnlyList<double> heights, int itemCount, int minClusters, int maxClusters)
    {
        var gaps = Persistence(heights, itemCount, minClusters, maxClusters);
        int best = 0;
        for (int i = 1; i < gaps.Length; i++)
        {
            if (gaps[i] > gaps[best])
            {
                best = i;
            }
        }

        return minClusters + best;
    }

    private static void CheckRange(int itemCount, int minClusters, int maxClusters)
    {
        if (minClusters < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(minClusters), minClusters, "must be at least 2.");
        }

        if (maxClusters < minClusters || maxClusters > itemCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxClusters), maxClusters, $"must lie in [{minClusters}, {itemCount}] (the item count).");
        }
    }
}
