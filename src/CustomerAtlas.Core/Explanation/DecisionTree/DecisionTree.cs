using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Explanation.DecisionTree;

/// <summary>A fitted classification tree stored as a flat node list (root at index 0).</summary>
public sealed class DecisionTree
{
    /// <summary>Creates a tree from its nodes.</summary>
    [JsonConstructor]
    public DecisionTree(IReadOnlyList<DecisionTreeNode> nodes, int featureCount, int classCount)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count == 0)
        {
            throw new ArgumentException("A tree needs at least a root node.", nameof(nodes));
        }

        Nodes = nodes;
        FeatureCount = featureCount;
        ClassCount = classCount;
    }

    /// <summary>All nodes; children always come after their parent.</summary>
    public IReadOnlyList<DecisionTreeNode> Nodes { get; }

    /// <summary>Number of features the tree was fitted on.</summary>
    public int FeatureCount { get; }

    /// <summary>Number of classes (segments).</summary>
    public int ClassCount { get; }

    /// <summary>Index of the leaf <paramref name="row"/> falls into.</summary>
    public int LeafOf(ReadOnlySpan<double> row)
    {
        int node = 0;
        while (!Nodes[node].IsLeaf)
        {
            var n = Nodes[node];
            node = row[n.Feature] <= n.Threshold ? n.Left : n.Right;
        }

        return node;
    }

    /// <summary>The predicted class of each row.</summary>
    public int[] Predict(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Cols != FeatureCount)
        {
            throw new ArgumentException($"The tree was fitted on {FeatureCount} features but the data has {data.Cols}.", nameof(data));
        }

        var result = new int[data.Rows];
        for (int i = 0; i < data.Rows; i++)
        {
            result[i] = Nodes[LeafOf(data.RowReadOnly(i))].Prediction;
        }

        return result;
    }
}
