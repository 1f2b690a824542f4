using CustomerAtlas.Core.Graphs;

namespace CustomerAtlas.Core.Clustering.Hdbscan;

/// <summary>
/// The single-linkage dendrogram of a (mutual-reachability) MST: merge <c>i</c> creates node
/// <c>n + i</c> from nodes <c>Left[i]</c> and <c>Right[i]</c> (points are nodes 0..n-1) at
/// height <c>Distance[i]</c>; <c>Size[i]</c> points lie below it.
/// </summary>
internal sealed class SingleLinkageTree
{
    private SingleLinkageTree(int pointCount, int[] left, int[] right, double[] distance, int[] size)
    {
        PointCount = pointCount;
        Left = left;
        Right = right;
        Distance = distance;
        Size = size;
    }

    public int PointCount { get; }

    public int[] Left { get; }

    public int[] Right { get; }

    public double[] Distance { get; }

    public int[] Size { get; }

    public int Root => PointCount + Left.Length - 1;

    /// <summary>Number of points below <paramref name="node"/>.</summary>
    public int SizeOf(int node) => node < PointCount ? 1 : Size[node - PointCount];

    public static SingleLinkageTree FromSpanningTree(SpanningTree mst)
    {
        int n = mst.PointCount;
        int m = mst.EdgeCount;
        var left = new int[m];
        var right = new int[m];
        var distance = new double[m];
        var size = new int[m];

        // Union-find whose roots remember the dendrogram node currently representing the set.
        var parent = new int[(2 * n) - 1];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (int e = 0; e < m; e++)
        {
            int a = DisjointSets.FindRoot(parent, mst.From[e]);
            int b = DisjointSets.FindRoot(parent, mst.To[e]);
            int node = n + e;
            left[e] = a;
            right[e] = b;
            distance[e] = mst.Weight[e];
            size[e] = (a < n ? 1 : size[a - n]) + (b < n ? 1 : size[b - n]);
            parent[a] = node;
            parent[b] = node;
        }

        return new SingleLinkageTree(n, left, right, distance, size);
    }
}
