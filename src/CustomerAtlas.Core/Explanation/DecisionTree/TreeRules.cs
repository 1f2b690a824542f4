using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Explanation.DecisionTree;

/// <summary>Turns a shallow tree into per-segment rules and measures them on labelled data.</summary>
public static class TreeRules
{
    /// <summary>
    /// One rule per leaf whose majority segment is that leaf's prediction, measured on
    /// <paramref name="data"/> with true <paramref name="labels"/> (negative labels, i.e. noise,
    /// count as matched rows outside every segment). Rules of a segment are sorted by coverage,
    /// then precision, both descending.
    /// </summary>
    public static IReadOnlyList<SegmentRule> Extract(
        DecisionTree tree,
        IReadOnlyList<string> featureNames,
        Matrix<double> data,
        ReadOnlySpan<int> labels)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(data);
        if (featureNames.Count != tree.FeatureCount)
        {
            throw new ArgumentException($"Expected {tree.FeatureCount} feature names but got {featureNames.Count}.", nameof(featureNames));
        }

        if (labels.Length != data.Rows)
        {
            throw new ArgumentException($"labels has {labels.Length} entries but data has {data.Rows} rows.", nameof(labels));
        }

        var matched = new long[tree.Nodes.Count];
        var matchedInPrediction = new long[tree.Nodes.Count];
        var segmentSizes = new long[tree.ClassCount];
        var predict = tree.Predict(data);
        for (int i = 0; i < data.Rows; i++)
        {
            int leaf = tree.LeafOf(data.RowReadOnly(i));
            matched[leaf]++;
            if (labels[i] >= 0 && labels[i] < tree.ClassCount)
            {
                segmentSizes[labels[i]]++;
                if (labels[i] == predict[i])
                {
                    matchedInPrediction[leaf]++;
                }
            }
        }

        var rules = new List<SegmentRule>();
        foreach (var (leaf, path) in LeafPaths(tree))
        {
            int segment = tree.Nodes[leaf].Prediction;
            var conditions = MergeConditions(tree, path, featureNames);
            double coverage = segmentSizes[segment] > 0 ? (double)matchedInPrediction[leaf] / segmentSizes[segment] : 0;
            double precision = matched[leaf] > 0 ? (double)matchedInPrediction[leaf] / matched[leaf] : 0;
            rules.Add(new SegmentRule(segment, conditions, matched[leaf], matchedInPrediction[leaf], coverage, precision));
        }

        return rules
            .OrderBy(r => r.Segment)
            .ThenByDescending(r => r.Coverage)
            .ThenByDescending(r => r.Precision)
            .ToArray();
    }

    // Every leaf with the list of (node, wentLeft) steps from the root.
    private static IEnumerable<(int Leaf, List<(int Node, bool Left)> Path)> LeafPaths(DecisionTree tree)
    {
        var stack = new Stack<(int Node, List<(int, bool)> Path)>();
        stack.Push((0, []));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            var n = tree.Nodes[node];
            if (n.IsLeaf)
            {
                yield return (node, path);
                continue;
            }

            stack.Push((n.Right, [.. path, (node, false)]));
            stack.Push((n.Left, [.. path, (node, true)]));
        }
    }

    // Tightens one interval per feature along the path, so "x <= 30 AND x <= 10" reads "x <= 10".
    private static List<RuleCondition> MergeConditions(DecisionTree tree, List<(int Node, bool Left)> path, IReadOnlyList<string> names)
    {
        var bounds = new SortedDictionary<int, (double Lower, double Upper)>();
        var firstSeen = new List<int>();
        foreach (var (node, left) in path)
        {
            var n = tree.Nodes[node];
            if (!bounds.TryGetValue(n.Feature, out var b))
            {
                b = (double.NegativeInfinity, double.PositiveInfinity);
                firstSeen.Add(n.Feature);
            }

            bounds[n.Feature] = left ? (b.Lower, Math.Min(b.Upper, n.Threshold)) : (Math.Max(b.Lower, n.Threshold), b.Upper);
        }

        // Conditions keep the order in which the tree first used each feature: most important first.
        return firstSeen.Select(f => new RuleCondition(f, names[f], bounds[f].Lower, bounds[f].Upper)).ToList();
    }
}
