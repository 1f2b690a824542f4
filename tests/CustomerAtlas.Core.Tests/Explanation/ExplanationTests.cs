using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Explanation;
using CustomerAtlas.Core.Explanation.DecisionTree;

namespace CustomerAtlas.Core.Tests.Explanation;

public class ExplanationTests
{
    // Three segments: feature 0 separates segment 0 from the others, feature 1 separates 1 from 2,
    // feature 2 is noise. Segment 0 is twice as large, so the root split isolates it.
    private static (Matrix<double> Data, int[] Labels) ThreeSegments(int perSegment = 40)
    {
        int[] sizes = [2 * perSegment, perSegment, perSegment];
        var rng = new Random(5);
        var rows = new List<double[]>();
        var labels = new List<int>();
        for (int s = 0; s < 3; s++)
        {
            for (int i = 0; i < sizes[s]; i++)
            {
                double f0 = (s == 0 ? 0 : 10) + rng.NextDouble();
                double f1 = (s == 2 ? 10 : 0) + rng.NextDouble();
                rows.Add([f0, f1, rng.NextDouble()]);
                labels.Add(s);
            }
        }

        return (Matrix<double>.FromRows(rows), labels.ToArray());
    }

    [Fact]
    public void Permutation_importance_finds_the_feature_each_segment_relies_on()
    {
        var (data, labels) = ThreeSegments();
        var tree = new DecisionTreeClassifier(new DecisionTreeOptions { MaxDepth = 2 }).Fit(data, labels, 3);
        var importances = PermutationImportance.Compute(tree.Predict, data, labels, 3, repeats: 3, seed: 1);
        Assert.True(importances.Overall[0] > 0.3);
        Assert.True(importances.Overall[1] > 0.2);
        Assert.Equal(0, importances.Overall[2]);

        // Segment 0 is recognised from feature 0 alone, so shuffling feature 1 cannot hurt it.
        Assert.True(importances.PerSegment[0][0] > 0.3);
        Assert.Equal(0, importances.PerSegment[0][1]);
        Assert.True(importances.PerSegment[2][1] > 0.2);
    }

    [Fact]
    public void Permutation_importance_is_deterministic_given_a_seed()
    {
        var (data, labels) = ThreeSegments(15);
        var tree = new DecisionTreeClassifier().Fit(data, labels, 3);
        var a = PermutationImportance.Compute(tree.Predict, data, labels, 3, seed: 9);
        var b = PermutationImportance.Compute(tree.Predict, data, labels, 3, seed: 9);
        Assert.Equal(a.Overall, b.Overall);
        Assert.Equal(a.PerSegment[1], b.PerSegment[1]);
    }

    [Fact]
    public void Standardized_differences_match_hand_computation()
    {
        // Population mean 2.5, sd √1.25; segment 0 = {1, 2} mean 1.5, segment 1 = {3, 4} mean 3.5.
        var data = new Matrix<double>(5, 1, [1, 2, 3, 4, 100]);
        var d = StandardizedDifferences.Compute(data, [0, 0, 1, 1, -1], 2);
        Assert.Equal(-1 / Math.Sqrt(1.25), d[0][0], 1e-12);
        Assert.Equal(1 / Math.Sqrt(1.25), d[1][0], 1e-12);
    }

    [Fact]
    public void Constant_features_have_zero_difference()
    {
        var data = new Matrix<double>(3, 1, [7, 7, 7]);
        Assert.Equal(0, StandardizedDifferences.Compute(data, [0, 1, 1], 2)[0][0]);
    }

    [Fact]
    public void Stratified_folds_spread_every_segment_evenly()
    {
        int[] labels = [.. Enumerable.Repeat(0, 23), .. Enumerable.Repeat(1, 7), .. Enumerable.Repeat(2, 50)];
        var folds = CrossValidation.StratifiedFolds(labels, 5, seed: 3);
        for (int s = 0; s < 3; s++)
        {
            var perFold = Enumerable.Range(0, 5).Select(f => Enumerable.Range(0, labels.Length).Count(i => labels[i] == s && folds[i] == f)).ToArray();
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"segment {s}: {string.Join(",", perFold)}");
        }

        Assert.Equal(folds, CrossValidation.StratifiedFolds(labels, 5, seed: 3));
        Assert.NotEqual(folds, CrossValidation.StratifiedFolds(labels, 5, seed: 4));
    }

    [Fact]
    public void Separable_segments_are_predicted_perfectly_out_of_fold()
    {
        var (data, labels) = ThreeSegments();
        var result = CrossValidation.Accuracy(data, labels, (x, y) => new DecisionTreeClassifier().Fit(x, y, 3).Predict, folds: 4);
        Assert.Equal(1.0, result.Accuracy);
        Assert.Equal(4, result.FoldAccuracies.Count);
    }

    [Fact]
    public void Random_labels_are_not_predictable()
    {
        var (data, _) = ThreeSegments();
        var rng = new Random(8);
        var labels = Enumerable.Range(0, data.Rows).Select(_ => rng.Next(3)).ToArray();
        var result = CrossValidation.Accuracy(data, labels, (x, y) => new DecisionTreeClassifier().Fit(x, y, 3).Predict);
        Assert.InRange(result.Accuracy, 0.15, 0.55);
    }
}
