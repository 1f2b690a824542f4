using CustomerAtlas.Core.Graphs;

namespace CustomerAtlas.Core.Clustering.Genie;

/// <summary>
/// The Genie merge rule on a minimum spanning tree (Gagolewski, Bartoszuk &amp; Cena 2016):
/// consume MST edges by increasing weight as single linkage does, except that while the Gini
/// index of the cluster sizes exceeds the threshold, the next merge must involve a smallest
/// cluster — through the lightest unused MST edge incident to a cluster of that size.
/// Edges touching noise points are never used. Runs the whole hierarchy in amortised
/// O(n √n): the unused edges form a linked list and the scan for the smallest cluster's
/// edge resumes where it stopped while that size stays the smallest (sizes only grow, so
/// edges already passed cannot become eligible).
/// </summary>
internal static class GenieMerger
{
    /// <summary>
    /// Returns, in merge order, the indices of the MST edges merged (one fewer than the number
    /// of non-noise points when the tree is connected).
    /// </summary>
    public static int[] MergeOrder(SpanningTree mst, bool[] isNoise, double giniThreshold, CancellationToken cancellationToken)
    {
        int n = mst.PointCount;
        var dense = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++)
        {
            dense[i] = isNoise[i] ? -1 : kept++;
        }

        // Unused usable edges, in weight order, as a doubly linked list with sentinels.
        int edgeCount = mst.EdgeCount;
        var usable = new List<int>(edgeCount);
        for (int e = 0; e < edgeCount; e++)
        {
            if (!isNoise[mst.From[e]] && !isNoise[mst.To[e]])
            {
                usable.Add(e);
            }
        }

        int m = usable.Count;
        var next = new int[m + 2];
        var previous = new int[m + 2];
        var removed = new bool[m + 2];
        int head = 0;
        int tail = m + 1;
        for (int i = 0; i <= m; i++)
        {
            next[i] = i + 1;
            previous[i + 1] = i;
        }

        void Remove(int slot)
        {
            next[previous[slot]] = next[slot];
            previous[next[slot]] = previous[slot];
            removed[slot] = true;
        }

        int EndA(int slot) => dense[mst.From[usable[slot - 1]]];
        int EndB(int slot) => dense[mst.To[usable[slot - 1]]];

        var sizes = new GiniClusterSizes(kept);
        var order = new int[m];
        int resume = tail;
        int lastSmallest = 0;
        for (int step = 0; step < m; step++)
        {
            if ((step & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int chosen;
            if (sizes.Gini > giniThreshold)
            {
                int smallest = sizes.SmallestSize;
                if (smallest != lastSmallest || resume == tail || removed[resume])
                {
                    resume = next[head];
                }

                while (sizes.SizeOf(EndA(resume)) != smallest && sizes.SizeOf(EndB(resume)) != smallest)
                {
                    resume = next[resume];
                }

                chosen = resume;
                resume = next[resume];
                lastSmallest = smallest;
            }
            else
            {
                chosen = next[head];
            }

            Remove(chosen);
            sizes.Merge(EndA(chosen), EndB(chosen));
            order[step] = usable[chosen - 1];
        }

        return order;
    }
}
