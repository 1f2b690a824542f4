using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>
/// Single linkage from a minimum spanning tree built by Prim's algorithm on the fly: O(n²)
/// distance evaluations, O(n) memory. Sorting the tree's edges by weight gives the single
/// linkage merges (Gower and Ross, 1969).
/// </summary>
internal static class SingleLinkageTree
{
    private const int Block = 1024;

    public static RawMerges Run(Matrix<double> data, IDistance distance, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = data.Rows;
        var merges = new RawMerges(n);
        var outside = Enumerable.Range(1, Math.Max(n - 1, 0)).ToArray(); // rows not yet in the tree, compact
        var nearestDistance = new double[n];
        var nearestInTree = new int[n];
        Array.Fill(nearestDistance, double.PositiveInfinity);
        int outsideCount = n - 1;
        int added = 0;
        int blocks = RowBlocks.OfSize(n, Block).Count;
        var blockBest = new int[blocks];
        while (outsideCount > 0)
        {
            // Relax the distances of the outside rows through the row just added, and find the nearest.
            int count = outsideCount;
            int blockCount = RowBlocks.OfSize(count, Block).Count;
            int from = added;
            BlockParallel.For(RowBlocks.OfSize(count, Block), maxDegreeOfParallelism, b =>
            {
                var source = data.RowReadOnly(from);
                int end = Math.Min(count, (b + 1) * Block);
                int best = -1;
                for (int p = b * Block; p < end; p++)
                {
                    int v = outside[p];
                    double dist = distance.Compute(source, data.RowReadOnly(v));
                    if (dist < nearestDistance[v])
                    {
                        nearestDistance[v] = dist;
                        nearestInTree[v] = from;
                    }

                    if (best < 0 || nearestDistance[v] < nearestDistance[outside[best]])
                    {
                        best = p;
                    }
                }

                blockBest[b] = best;
            }, cancellationToken);

            int bestPosition = blockBest[0];
            for (int b = 1; b < blockCount; b++)
            {
                if (nearestDistance[outside[blockBest[b]]] < nearestDistance[outside[bestPosition]])
                {
                    bestPosition = blockBest[b];
                }
            }

            added = outside[bestPosition];
            merges.Add(nearestInTree[added], added, nearestDistance[added]);
            outside[bestPosition] = outside[outsideCount - 1];
            outsideCount--;
        }

        return merges;
    }
}
