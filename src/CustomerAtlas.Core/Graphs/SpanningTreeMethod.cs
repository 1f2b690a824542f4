namespace CustomerAtlas.Core.Graphs;

/// <summary>How a Euclidean (or mutual-reachability) minimum spanning tree is computed.</summary>
public enum SpanningTreeMethod
{
    /// <summary>
    /// <see cref="KdTreeBoruvka"/> up to <see cref="MinimumSpanningTrees.KdTreeMaxDimensions"/>
    /// dimensions, <see cref="DensePrim"/> above (where k-d trees no longer prune).
    /// </summary>
    Auto,

    /// <summary>Borůvka rounds with nearest-foreign-neighbour searches in a k-d tree.</summary>
    KdTreeBoruvka,

    /// <summary>Prim's algorithm on the implicit complete graph, O(n²) time and O(n) memory.</summary>
    DensePrim,
}
