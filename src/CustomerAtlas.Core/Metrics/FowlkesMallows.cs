namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Fowlkes–Mallows index: the geometric mean of pair precision and pair recall, in [0, 1],
/// 1 for identical partitions. Symmetric in its arguments.
/// </summary>
public static class FowlkesMallows
{
    /// <summary>FMI between a reference labelling and a clustering of the same rows.</summary>
    public static double Score(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels) =>
        Score(ContingencyTable.Create(trueLabels, predictedLabels));

    /// <summary>FMI from a contingency table.</summary>
    public static double Score(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var pairs = PairConfusion.From(table);
        double tp = pairs.TruePositives;
        if (tp == 0)
        {
            return 0.0;
        }

        return Math.Sqrt(tp / (tp + pairs.FalsePositives)) * Math.Sqrt(tp / (tp + pairs.FalseNegatives));
    }
}
