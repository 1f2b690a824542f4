using CustomerAtlas.Core.Clustering.BisectingKMeans;

namespace CustomerAtlas.Core.Clustering.Assignment;

/// <summary>
/// A row descends a binary tree from node 0: at each split it goes to the child whose centroid is nearer
/// (squared Euclidean; the left child on a tie) until it reaches a leaf, whose label it takes.
/// </summary>
public sealed record CentroidTreeRule : AssignmentRule
{
    /// <summary>Creates the rule from the nodes of a bisecting tree (node 0 is the root).</summary>
    public CentroidTreeRule(IReadOnlyList<BisectingNode> nodes)
        : base(RootWidth(nodes), nodes.Count(n => n.IsLeaf))
    {
        Nodes = nodes;
    }

    /// <summary>The tree; node 0 is the root, leaves carry the labels.</summary>
    public IReadOnlyList<BisectingNode> Nodes { get; }

    private static int RootWidth(IReadOnlyList<BisectingNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count == 0)
        {
            throw new ArgumentException("A centroid tree needs at least its root.", nameof(nodes));
        }

        return nodes[0].Centroid.Length;
    }
}
