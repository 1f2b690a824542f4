using System.Text.Json.Serialization;

namespace CustomerAtlas.Core.Explanation.DecisionTree;

/// <summary>
/// One node of a fitted tree. Internal nodes send a row left when
/// <c>row[Feature] &lt;= Threshold</c>, right otherwise; leaves have <see cref="Feature"/> = −1.
/// </summary>
public sealed class DecisionTreeNode
{
    /// <summary>Creates a node.</summary>
    [JsonConstructor]
    public DecisionTreeNode(int feature, double threshold, int left, int right, IReadOnlyList<long> classCounts)
    {
        Feature = feature;
        Threshold = threshold;
        Left = left;
        Right = right;
        ClassCounts = classCounts;
        long best = -1;
        for (int c = 0; c < classCounts.Count; c++)
        {
            if (classCounts[c] > best)
            {
                best = classCounts[c];
                Prediction = c;
            }
        }
    }

    /// <summary>Split feature, or −1 for a leaf.</summary>
    public int Feature { get; }

    /// <summary>Split threshold (midpoint between neighbouring training values).</summary>
    public double Threshold { get; }

    /// <summary>Index of the left child (rows with value ≤ threshold), or −1.</summary>
    public int Left { get; }

    /// <summary>Index of the right child, or −1.</summary>
    public int Right { get; }

    /// <summary>Training rows of each class that reached this node.</summary>
    public IReadOnlyList<long> ClassCounts { get; }

    /// <summary>The majority class (lowest index on ties).</summary>
    [JsonIgnore]
    public int Prediction { get; }

    /// <summary>True for a leaf.</summary>
    [JsonIgnore]
    public bool IsLeaf => Feature < 0;
}
