namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Accuracy under the best one-to-one matching of reference classes to clusters (found with
/// <see cref="HungarianAssignment"/>). Classes left without a cluster (fewer clusters than
/// classes) count as wholly misclassified.
/// </summary>
public static class ClusteringAccuracy
{
    /// <summary>Share of rows on the matched diagonal, in (0, 1].</summary>
    public static double Score(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels) =>
        Score(ContingencyTable.Create(trueLabels, predictedLabels));

    /// <summary>Matched accuracy from a contingency table.</summary>
    public static double Score(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        double matched = MatchedSum(table, i => 1.0);
        return matched / table.Total;
    }

    /// <summary>
    /// Normalized clustering accuracy (Gagolewski 2023): the mean per-class recall under the
    /// matching that maximizes it, rescaled so that 1/k (what a blind guess gets) maps to 0 and
    /// a perfect match to 1: (mean recall − 1/k) / (1 − 1/k), k = number of reference classes.
    /// At most 1; with a single reference class there is nothing to rescale and the mean recall
    /// is returned.
    /// </summary>
    public static double Normalized(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels) =>
        Normalized(ContingencyTable.Create(trueLabels, predictedLabels));

    /// <summary>Normalized clustering accuracy from a contingency table.</summary>
    public static double Normalized(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int k = table.ClassCount;
        double meanRecall = MatchedSum(table, i => 1.0 / table.ClassSizes[i]) / k;
        return k == 1 ? meanRecall : (meanRecall - (1.0 / k)) / (1.0 - (1.0 / k));
    }

    /// <summary>Max over matchings of Σ_i weight(i) · n[i, σ(i)].</summary>
    private static double MatchedSum(ContingencyTable table, Func<int, double> classWeight)
    {
        // Pad with empty clusters so every class can be matched (the assignment needs rows <= columns).
        int rows = table.ClassCount;
        int cols = Math.Max(table.ClusterCount, rows);
        var value = new double[rows * cols];
        for (int i = 0; i < rows; i++)
        {
            double w = classWeight(i);
            for (int j = 0; j < table.ClusterCount; j++)
            {
                value[(i * cols) + j] = w * table[i, j];
            }
        }

        int[] match = HungarianAssignment.Maximize(value, rows, cols);
        double sum = 0;
        for (int i = 0; i < rows; i++)
        {
            sum += value[(i * cols) + match[i]];
        }

        return sum;
    }
}
