using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Explanation.DecisionTree;

/// <summary>
/// CART classification tree with the Gini criterion: each node takes the axis-aligned split that
/// most reduces weighted Gini impurity, subject to depth and leaf-size limits. Equally good splits
/// are resolved by a seeded feature order, so the same seed always grows the same tree.
/// </summary>
public sealed class DecisionTreeClassifier(DecisionTreeOptions? options = null)
{
    /// <summary>The options in use.</summary>
    public DecisionTreeOptions Options { get; } = options ?? new DecisionTreeOptions();

    /// <summary>Fits a tree predicting <paramref name="labels"/> (0..classCount−1) from <paramref name="data"/>.</summary>
    public DecisionTree Fit(Matrix<double> data, ReadOnlySpan<int> labels, int classCount)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        if (labels.Length != data.Rows)
        {
            throw new ArgumentException($"labels has {labels.Length} entries but data has {data.Rows} rows.", nameof(labels));
        }

        for (int i = 0; i < labels.Length; i++)
        {
            if ((uint)labels[i] >= (uint)classCount)
            {
                throw new ArgumentException($"Label {labels[i]} at row {i} is outside 0..{classCount - 1}.", nameof(labels));
            }
        }

        var builder = new Builder(data, labels.ToArray(), classCount, Options);
        return builder.Build();
    }

    private sealed class Builder
    {
        private readonly Matrix<double> _data;
        private readonly int[] _labels;
        private readonly int _classCount;
        private readonly DecisionTreeOptions _options;
        private readonly int[] _featureOrder;
        private readonly List<NodeDraft> _nodes = [];
        private readonly double[] _sortKeys;
        private readonly int[] _sortRows;
        private readonly long[] _leftCounts;
        private readonly long[] _rightCounts;

        public Builder(Matrix<double> data, int[] labels, int classCount, DecisionTreeOptions options)
        {
            _data = data;
            _labels = labels;
            _classCount = classCount;
            _options = options;
            _featureOrder = Enumerable.Range(0, data.Cols).ToArray();
            Seeds.Create(options.Seed).Shuffle(_featureOrder);
            _sortKeys = new double[data.Rows];
            _sortRows = new int[data.Rows];
            _leftCounts = new long[classCount];
            _rightCounts = new long[classCount];
        }

        public DecisionTree Build()
        {
            Grow(Enumerable.Range(0, _data.Rows).ToArray(), depth: 0);
            var nodes = _nodes.Select(n => new DecisionTreeNode(n.Feature, n.Threshold, n.Left, n.Right, n.Counts)).ToArray();
            return new DecisionTree(nodes, _data.Cols, _classCount);
        }

        private int Grow(int[] rows, int depth)
        {
            var counts = new long[_classCount];
            foreach (int r in rows)
            {
                counts[_labels[r]]++;
            }

            int index = _nodes.Count;
            _nodes.Add(new NodeDraft(counts));
            if (depth >= _options.MaxDepth || rows.Length < 2 * _options.MinSamplesLeaf || IsPure(counts))
            {
                return index;
            }

            var (feature, threshold, gain) = BestSplit(rows, counts);
            if (feature < 0 || gain < _options.MinImpurityDecrease)
            {
                return index;
            }

            var left = rows.Where(r => _data[r, feature] <= threshold).ToArray();
            var right = rows.Where(r => _data[r, feature] > threshold).ToArray();
            var draft = _nodes[index];
            draft.Feature = feature;
            draft.Threshold = threshold;
            draft.Left = Grow(left, depth + 1);
            draft.Right = Grow(right, depth + 1);
            return index;
        }

        private static bool IsPure(long[] counts) => counts.Count(c => c > 0) <= 1;

        // Scans every feature's sorted values once, moving rows from the right child to the left.
        // Gain is the decrease of the size-weighted Gini impurity, normalised by the node size.
        private (int Feature, double Threshold, double Gain) BestSplit(int[] rows, long[] counts)
        {
            int n = rows.Length;
            double parentImpurity = Gini(counts, n);
            int bestFeature = -1;
            double bestThreshold = 0;
            double bestGain = double.NegativeInfinity;
            var keys = _sortKeys.AsSpan(0, n);
            var order = _sortRows.AsSpan(0, n);
            int minLeaf = _options.MinSamplesLeaf;
            foreach (int f in _featureOrder)
            {
                for (int i = 0; i < n; i++)
                {
                    order[i] = rows[i];
                    keys[i] = _data[rows[i], f];
                }

                keys.Sort(order);
                Array.Clear(_leftCounts);
                counts.CopyTo(_rightCounts, 0);
                for (int i = 0; i < n - 1; i++)
                {
                    int label = _labels[order[i]];
                    _leftCounts[label]++;
                    _rightCounts[label]--;
                    int leftSize = i + 1;
                    if (leftSize < minLeaf || n - leftSize < minLeaf || keys[i] == keys[i + 1])
                    {
                        continue;
                    }

                    double weighted = ((leftSize * Gini(_leftCounts, leftSize)) + ((n - leftSize) * Gini(_rightCounts, n - leftSize))) / n;
                    double gain = parentImpurity - weighted;
                    if (gain > bestGain + 1e-12)
                    {
                        bestGain = gain;
                        bestFeature = f;
                        double mid = keys[i] + ((keys[i + 1] - keys[i]) / 2);

                        // Adjacent doubles can round the midpoint up onto the right value.
                        bestThreshold = mid < keys[i + 1] ? mid : keys[i];
                    }
                }
            }

            return (bestFeature, bestThreshold, bestGain);
        }

        private static double Gini(long[] counts, long total)
        {
            double sumSquares = 0;
            foreach (long c in counts)
            {
                double p = (double)c / total;
                sumSquares += p * p;
            }

            return 1 - sumSquares;
        }

        private sealed class NodeDraft(long[] counts)
        {
            public long[] Counts { get; } = counts;

            public int Feature { get; set; } = -1;

            public double Threshold { get; set; }

            public int Left { get; set; } = -1;

            public int Right { get; set; } = -1;
        }
    }
}
