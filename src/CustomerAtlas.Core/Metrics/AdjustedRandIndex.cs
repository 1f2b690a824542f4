namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Adjusted Rand index (Hubert &amp; Arabie 1985): agreement of two partitions over all pairs of
/// rows, corrected for chance. 1 for identical partitions (up to renaming), about 0 for
/// independent ones, and can be negative. Symmetric in its arguments.
/// </summary>
public static class AdjustedRandIndex
{
    /// <summary>ARI between a reference labelling and a clustering of the same rows.</summary>
    public static double Score(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels) =>
        Score(ContingencyTable.Create(trueLabels, predictedLabels));

    /// <summary>ARI from a contingency table.</summary>
    public static double Score(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var pairs = PairConfusion.From(table);
        if (pairs.FalseNegatives == 0 && pairs.FalsePositives == 0)
        {
            // Both partitions group every pair the same way (this covers the degenerate
            // "one cluster each" and "all singletons" cases where the formula is 0/0).
            return 1.0;
        }

        double tp = pairs.TruePositives, tn = pairs.TrueNegatives, fp = pairs.FalsePositives, fn = pairs.FalseNegatives;
        return 2.0 * ((tn * tp) - (fn * fp)) / (((tp + fn) * (fn + tn)) + ((tp + fp) * (fp + tn)));
    }
}
