using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Explanation;

/// <summary>Cross-validated accuracy of predicting the segment from the features.</summary>
/// <param name="Accuracy">Mean held-out accuracy over the folds.</param>
/// <param name="FoldAccuracies">Held-out accuracy of each fold.</param>
public sealed record CrossValidationResult(double Accuracy, IReadOnlyList<double> FoldAccuracies);

/// <summary>
/// Discriminant validity: if a simple classifier can predict the segment of unseen customers from
/// their features, the segments are real, separable groups rather than arbitrary cuts.
/// Folds are stratified (each segment spread evenly over the folds) and seeded.
/// </summary>
public static class CrossValidation
{
    /// <summary>
    /// Assigns each row a fold in 0..folds−1: rows of each class are shuffled (seeded) and dealt
    /// round-robin, so every fold holds about the same share of every class.
    /// </summary>
    public static int[] StratifiedFolds(ReadOnlySpan<int> labels, int folds, int? seed = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (labels.Length < folds)
        {
            throw new ArgumentException($"{labels.Length} rows cannot be split into {folds} folds.", nameof(labels));
        }

        var byClass = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < labels.Length; i++)
        {
            if (!byClass.TryGetValue(labels[i], out var rows))
            {
                byClass[labels[i]] = rows = [];
            }

            rows.Add(i);
        }

        var assignment = new int[labels.Length];
        var rng = Seeds.Create(seed);
        int next = 0;
        foreach (var rows in byClass.Values)
        {
            var shuffled = rows.ToArray();
            rng.Shuffle(shuffled);
            foreach (int row in shuffled)
            {
                // Continuing the deal across classes keeps fold sizes balanced too.
                assignment[row] = next;
                next = (next + 1) % folds;
            }
        }

        return assignment;
    }

    /// <summary>
    /// Mean held-out accuracy of the classifier that <paramref name="train"/> builds from a
    /// training matrix and its labels, over <paramref name="folds"/> stratified folds.
    /// </summary>
    public static CrossValidationResult Accuracy(
        Matrix<double> data,
        ReadOnlySpan<int> labels,
        Func<Matrix<double>, int[], Func<Matrix<double>, int[]>> train,
        int folds = 5,
        int? seed = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(train);
        if (labels.Length != data.Rows)
        {
            throw new ArgumentException($"labels has {labels.Length} entries but data has {data.Rows} rows.", nameof(labels));
        }

        var assignment = StratifiedFolds(labels, folds, seed);
        var truth = labels.ToArray();
        var accuracies = new double[folds];
        for (int fold = 0; fold < folds; fold++)
        {
            var trainRows = new List<int>();
            var testRows = new List<int>();
            for (int i = 0; i < assignment.Length; i++)
            {
                (assignment[i] == fold ? testRows : trainRows).Add(i);
            }

            var trainLabels = trainRows.Select(i => truth[i]).ToArray();
            var predictor = train(data.SelectRows(trainRows.ToArray()), trainLabels);
            var predicted = predictor(data.SelectRows(testRows.ToArray()));
            int correct = 0;
            for (int t = 0; t < testRows.Count; t++)
            {
                if (predicted[t] == truth[testRows[t]])
                {
                    correct++;
                }
            }

            accuracies[fold] = (double)correct / testRows.Count;
        }

        return new CrossValidationResult(accuracies.Average(), accuracies);
    }
}
