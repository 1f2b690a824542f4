using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Explanation.DecisionTree;

namespace CustomerAtlas.Core.Tests.Explanation.DecisionTree;

public class TreeRulesTests
{
    [Fact]
    public void Two_groups_give_one_exact_rule_each()
    {
        var data = DecisionTreeClassifierTests.Column(1, 2, 3, 4, 10, 11, 12, 13);
        int[] labels = [0, 0, 0, 0, 1, 1, 1, 1];
        var tree = new DecisionTreeClassifier(new DecisionTreeOptions { MinSamplesLeaf = 1 }).Fit(data, labels, 2);
        var rules = TreeRules.Extract(tree, ["orders"], data, labels);
        Assert.Equal(2, rules.Count);
        Assert.Equal("orders <= 7", rules[0].Text);
        Assert.Equal("orders > 7", rules[1].Text);
        Assert.All(rules, r => Assert.Equal((1.0, 1.0), (r.Coverage, r.Precision)));
    }

    [Fact]
    public void Conditions_on_one_feature_merge_into_an_interval()
    {
        // Root: x <= 10; its left child: x <= 5. The leaf between reads "5 < x <= 10".
        var tree = new Core.Explanation.DecisionTree.DecisionTree(
            [
                new DecisionTreeNode(0, 10, 1, 4, [3, 3]),
                new DecisionTreeNode(0, 5, 2, 3, [2, 2]),
                new DecisionTreeNode(-1, 0, -1, -1, [2, 0]),
                new DecisionTreeNode(-1, 0, -1, -1, [0, 2]),
                new DecisionTreeNode(-1, 0, -1, -1, [1, 1]),
            ],
            featureCount: 1,
            classCount: 2);
        var data = DecisionTreeClassifierTests.Column(1, 2, 6, 7, 11, 12);
        var rules = TreeRules.Extract(tree, ["x"], data, [0, 0, 1, 1, 0, 1]);
        var middle = Assert.Single(rules, r => r.Segment == 1);
        Assert.Equal("5 < x <= 10", middle.Text);
        Assert.Equal(2.0 / 3, middle.Coverage, 1e-12);
        Assert.Equal(1.0, middle.Precision, 1e-12);
        var wide = rules.Where(r => r.Segment == 0).ToArray();
        Assert.Equal(["x <= 5", "x > 10"], wide.Select(r => r.Text));
        Assert.Equal(0.5, wide[1].Precision, 1e-12);
    }

    [Fact]
    public void Coverage_of_a_segment_sums_to_its_recall()
    {
        var rng = new Random(11);
        var rows = Enumerable.Range(0, 300).Select(_ => new[] { rng.NextDouble() * 100, rng.NextDouble() * 10 }).ToArray();
        var labels = rows.Select(r => r[0] < 30 ? 0 : r[1] < 5 ? 1 : 2).ToArray();
        var data = Matrix<double>.FromRows(rows);
        var tree = new DecisionTreeClassifier(new DecisionTreeOptions { MaxDepth = 2 }).Fit(data, labels, 3);
        var rules = TreeRules.Extract(tree, ["recency_days", "orders"], data, labels);
        var predicted = tree.Predict(data);
        for (int s = 0; s < 3; s++)
        {
            double recall = Enumerable.Range(0, labels.Length).Count(i => labels[i] == s && predicted[i] == s) / (double)labels.Count(l => l == s);
            Assert.Equal(recall, rules.Where(r => r.Segment == s).Sum(r => r.Coverage), 1e-12);
        }

        Assert.Contains(rules, r => r.Text.StartsWith("recency_days <= ", StringComparison.Ordinal));
    }

    [Fact]
    public void Thresholds_are_formatted_readably() =>
        Assert.Equal("12,346 < spend <= 0.1235",
            new RuleCondition(0, "spend", 12345.67, 0.123456).ToString());
}
