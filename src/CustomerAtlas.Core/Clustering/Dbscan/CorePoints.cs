using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// Core flags for the k-d tree search. Dense nodes settle whole groups of rows without distances
/// (<see cref="DenseNodes"/>); every other row counts its neighbours bottom up, its own leaf first and
/// then the sibling subtree at each level on the way to the root, stopping at MinSamples. Inside a
/// cluster most rows find enough neighbours in their own leaf or the next one, so the descent from
/// the root that a plain radius count makes for every row is skipped. Leaves are split into fixed
/// blocks (independent of the thread count); each row's flag depends only on its own count.
/// </summary>
internal static class CorePoints
{
    /// <summary>Leaves per parallel work item (about <see cref="KdTree.QueryBlockRows"/> rows).</summary>
    private const int LeafBlock = KdTree.QueryBlockRows / KdTree.DefaultLeafSize;

    /// <summary>Core flag of every row (original row order): at least <paramref name="minSamples"/> rows within eps, itself included.</summary>
    public static bool[] Mark(KdTree tree, double eps, int minSamples, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var isCore = new bool[tree.Count];
        DenseNodes.MarkCore(tree, eps, minSamples, isCore);
        var parent = tree.NodeParents();
        var leaves = Enumerable.Range(0, tree.NodeCount).Where(node => tree.NodeLeft[node] < 0).ToArray();

        double r2 = eps * eps;
        var blocks = RowBlocks.OfSize(leaves.Length, LeafBlock);
        BlockParallel.For(blocks, maxDegreeOfParallelism, b =>
        {
            for (int k = blocks.Start(b); k < blocks.Start(b) + blocks.Length(b); k++)
            {
                int leaf = leaves[k];
                for (int pos = tree.NodeStart[leaf]; pos < tree.NodeEnd[leaf]; pos++)
                {
                    int row = tree.Order[pos];
                    isCore[row] = isCore[row] || CountUpward(tree, parent, leaf, pos, r2, minSamples) >= minSamples;
                }
            }
        }, cancellationToken);
        return isCore;
    }

    /// <summary>Rows within the radius of the point at <paramref name="position"/> (in <paramref name="leaf"/>), up to <paramref name="limit"/>.</summary>
    private static int CountUpward(KdTree tree, int[] parent, int leaf, int position, double r2, int limit)
    {
        var x = tree.PointAt(position);
        int count = tree.CountWithinSubtree(leaf, x, r2, limit, 0);
        for (int node = leaf; count < limit && parent[node] >= 0; node = parent[node])
        {
            int up = parent[node];
            int sibling = tree.NodeLeft[up] == node ? tree.NodeRight[up] : tree.NodeLeft[up];
            count = tree.CountWithinSubtree(sibling, x, r2, limit, count);
        }

        return count;
    }
}
