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

    /// <summary>
    /// Scale-free persistence of the k-cluster cut for every k in <c>[minClusters, maxClusters]</c>:
    /// the height of the next merge divided by the highest merge made so far (entry
    /// <c>k - minClusters</c>). A ratio well above 1 means the k clusters are separated by space
    /// clearly emptier than anything inside them, at any scale (blobs a few units apart and
    /// clusters far apart score alike), where <see cref="Persistence"/> in absolute units is
    /// dominated by the coarsest split. Below 1 when the next merge is shorter (Genie can merge a
    /// small cluster early). A cut before any merge (k = item count) has ratio +∞ unless the next
    /// height is 0.
    /// </summary>
    public static double[] Ratios(IReadOnlyList<double> heights, int itemCount, int minClusters, int maxClusters)
    {
        ArgumentNullException.ThrowIfNull(heights);
        if (heights.Count != itemCount - 1)
        {
            throw new ArgumentException($"Expected {itemCount - 1} merge heights for {itemCount} items, got {heights.Count}.", nameof(heights));
        }

        CheckRange(itemCount, minClusters, maxClusters);
        int lastDone = itemCount - minClusters;
        double highest = 0;
        var ratios = new double[maxClusters - minClusters + 1];
        for (int done = 0; done <= lastDone; done++)
        {
            int k = itemCount - done;
            if (k <= maxClusters)
            {
                double next = heights[done];
                ratios[k - minClusters] = highest > 0 ? next / highest : (next > 0 ? double.PositiveInfinity : 1);
            }

            highest = Math.Max(highest, heights[done]);
        }

        return ratios;
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
