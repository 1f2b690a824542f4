namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Purity: the share of rows that belong to the majority reference class of their cluster,
/// in (0, 1]. Not symmetric, and it rewards splitting (all singletons score 1), so read it
/// next to a chance-corrected index.
/// </summary>
public static class Purity
{
    /// <summary>Purity of <paramref name="predictedLabels"/> against <paramref name="trueLabels"/>.</summary>
    public static double Score(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels) =>
        Score(ContingencyTable.Create(trueLabels, predictedLabels));

    /// <summary>Purity from a contingency table.</summary>
    public static double Score(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        long majority = 0;
        for (int j = 0; j < table.ClusterCount; j++)
        {
            long best = 0;
            for (int i = 0; i < table.ClassCount; i++)
            {
                best = Math.Max(best, table[i, j]);
            }

            majority += best;
        }

        return (double)majority / table.Total;
    }
}
