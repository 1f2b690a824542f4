using System.Text.Json;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Explanation.DecisionTree;

namespace CustomerAtlas.Core.Tests.Explanation.DecisionTree;

public class DecisionTreeClassifierTests
{
    internal static Matrix<double> Column(params double[] values) => new(values.Length, 1, values);

    [Fact]
    public void One_split_separates_two_groups_at_the_midpoint()
    {
        var data = Column(1, 2, 3, 4, 10, 11, 12, 13);
        int[] labels = [0, 0, 0, 0, 1, 1, 1, 1];
        var tree = new DecisionTreeClassifier(new DecisionTreeOptions { MinSamplesLeaf = 1 }).Fit(data, labels, 2);
        Assert.Equal(0, tree.Nodes[0].Feature);
        Assert.Equal(7, tree.Nodes[0].Threshold);
        Assert.Equal(3, tree.Nodes.Count);
        Assert.Equal(labels, tree.Predict(data));
    }

    [Fact]
    public void Depth_two_learns_nested_splits()
    {
        // x <= 5 -> 0; x > 5 and y <= 5 -> 1; x > 5 and y > 5 -> 2.
        var rng = new Random(2);
        var rows = Enumerable.Range(0, 60).Select(_ => new[] { rng.NextDouble() * 10, rng.NextDouble() * 10 }).ToArray();
        var labels = rows.Select(r => r[0] <= 5 ? 0 : r[1] <= 5 ? 1 : 2).ToArray();
        var data = Matrix<double>.FromRows(rows);
        var tree = new DecisionTreeClassifier(new DecisionTreeOptions { MaxDepth = 2, MinSamplesLeaf = 1 }).Fit(data, labels, 3);
        Assert.Equal(labels, tree.Predict(data));
        Assert.Equal(0, tree.Nodes[0].Feature);
    }

    [Fact]
    public void Depth_zero_predicts_the_majority()
    {
        var tree = new DecisionTreeClassifier(new DecisionTreeOptions { MaxDepth = 0 }).Fit(Column(1, 2, 3), [1, 1, 0], 2);
        Assert.Single(tree.Nodes);
        Assert.Equal([1, 1, 1], tree.Predict(Column(5, 6, 7)));
    }

    [Fact]
    public void Leaves_respect_the_minimum_size()
    {
        var rng = new Random(3);
        var values = Enumerable.Range(0, 200).Select(_ => rng.NextDouble()).ToArray();
        var labels = values.Select(v => v < 0.03 ? 1 : v < 0.5 ? 0 : 2).ToArray();
        var options = new DecisionTreeOptions { MaxDepth = 6, MinSamplesLeaf = 10 };
        var tree = new DecisionTreeClassifier(options).Fit(Column(values), labels, 3);
        Assert.All(tree.Nodes.Where(n => n.IsLeaf), leaf => Assert.True(leaf.ClassCounts.Sum() >= 10));
    }

    [Fact]
    public void Ties_between_duplicate_features_are_broken_by_the_seed_reproducibly()
    {
        var data = Matrix<double>.FromRows([[1, 1], [2, 2], [8, 8], [9, 9]]);
        int[] labels = [0, 0, 1, 1];
        var chosen = new HashSet<int>();
        for (int seed = 0; seed < 20; seed++)
        {
            var options = new DecisionTreeOptions { MinSamplesLeaf = 1, Seed = seed };
            var a = new DecisionTreeClassifier(options).Fit(data, labels, 2);
            var b = new DecisionTreeClassifier(options).Fit(data, labels, 2);
            Assert.Equal(a.Nodes[0].Feature, b.Nodes[0].Feature);
            Assert.Equal(labels, a.Predict(data));
            chosen.Add(a.Nodes[0].Feature);
        }

        Assert.Equal(2, chosen.Count);
    }

    [Fact]
    public void Invalid_options_name_the_first_parameter_and_list_all()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new DecisionTreeClassifier(new DecisionTreeOptions { MaxDepth = -1, MinSamplesLeaf = 0 }).Fit(Column(1, 2), [0, 1], 2));
        Assert.Equal("MaxDepth", ex.ParamName);
        Assert.Contains("MinSamplesLeaf", ex.Message);
    }

    [Fact]
    public void Labels_outside_the_class_range_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new DecisionTreeClassifier().Fit(Column(1, 2), [0, 2], 2));

    [Fact]
    public void Tree_round_trips_through_json()
    {
        var data = Column(1, 2, 3, 4, 10, 11, 12, 13);
        var tree = new DecisionTreeClassifier(new DecisionTreeOptions { MinSamplesLeaf = 1 }).Fit(data, [0, 0, 0, 0, 1, 1, 1, 1], 2);
        var loaded = JsonSerializer.Deserialize<Core.Explanation.DecisionTree.DecisionTree>(JsonSerializer.Serialize(tree))!;
        var probe = Column(-5, 6.9, 7, 7.1, 100);
        Assert.Equal(tree.Predict(probe), loaded.Predict(probe));
    }
}
