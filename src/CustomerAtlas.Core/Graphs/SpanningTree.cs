namespace CustomerAtlas.Core.Graphs;

/// <summary>
/// A minimum spanning tree (or forest) of n points: edge <c>e</c> joins <c>From[e] &lt; To[e]</c>
/// with weight <c>Weight[e]</c> (a distance, not squared). Edges are sorted by weight, ties by
/// the smaller and then the larger endpoint.
/// </summary>
public sealed class SpanningTree
{
    internal SpanningTree(int pointCount, int[] from, int[] to, double[] weight)
    {
        PointCount = pointCount;
        From = from;
        To = to;
        Weight = weight;
    }

    /// <summary>Number of vertices (points).</summary>
    public int PointCount { get; }

    /// <summary>Smaller endpoint of each edge.</summary>
    public IReadOnlyList<int> From { get; }

    /// <summary>Larger endpoint of each edge.</summary>
    public IReadOnlyList<int> To { get; }

    /// <summary>Edge weights, non-decreasing.</summary>
    public IReadOnlyList<double> Weight { get; }

    /// <summary>Number of edges (n - 1 for a connected tree).</summary>
    public int EdgeCount => Weight.Count;

    /// <summary>Sum of the edge weights.</summary>
    public double TotalWeight => Weight.Sum();

    /// <summary>
    /// Builds a tree from unsorted edges with squared weights: sorts them by the shared edge
    /// order and takes square roots.
    /// </summary>
    internal static SpanningTree FromSquaredEdges(int pointCount, List<(int A, int B, double SquaredWeight)> edges)
    {
        edges.Sort(static (x, y) =>
            EdgeOrder.Precedes(x.SquaredWeight, x.A, x.B, y.SquaredWeight, y.A, y.B) ? -1
            : EdgeOrder.Precedes(y.SquaredWeight, y.A, y.B, x.SquaredWeight, x.A, x.B) ? 1 : 0);
        var from = new int[edges.Count];
        var to = new int[edges.Count];
        var weight = new double[edges.Count];
        for (int e = 0; e < edges.Count; e++)
        {
            from[e] = Math.Min(edges[e].A, edges[e].B);
            to[e] = Math.Max(edges[e].A, edges[e].B);
            weight[e] = Math.Sqrt(edges[e].SquaredWeight);
        }

        return new SpanningTree(pointCount, from, to, weight);
    }
}
