namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Mutual information between two labellings (natural logarithm), plain, normalized and
/// adjusted for chance. The normalized and adjusted forms divide by the arithmetic mean of the
/// two entropies, as scikit-learn's defaults do. All are symmetric in their arguments.
/// </summary>
public static class MutualInformation
{
    /// <summary>Mutual information in nats (≥ 0).</summary>
    public static double Score(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels) =>
        Score(ContingencyTable.Create(trueLabels, predictedLabels));

    /// <summary>Mutual information in nats from a contingency table.</summary>
    public static double Score(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        double n = table.Total;
        double mi = 0;
        foreach (var (i, j, count) in table.NonZeroCells())
        {
            double c = count;
            mi += c / n * (Math.Log(c) + Math.Log(n) - Math.Log(table.ClassSizes[i]) - Math.Log(table.ClusterSizes[j]));
        }

        // Rounding can leave a tiny negative value for independent labellings.
        return Math.Max(mi, 0.0);
    }

    /// <summary>NMI = MI / mean(H(true), H(predicted)), in [0, 1].</summary>
    public static double Normalized(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels) =>
        Normalized(ContingencyTable.Create(trueLabels, predictedLabels));

    /// <summary>NMI from a contingency table.</summary>
    public static double Normalized(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (IsTrivialAgreement(table))
        {
            return 1.0;
        }

        double mi = Score(table);
        if (mi == 0)
        {
            return 0.0;
        }

        double normalizer = ArithmeticMeanEntropy(table);
        return mi / Math.Max(normalizer, double.Epsilon);
    }

    /// <summary>
    /// AMI = (MI − E[MI]) / (mean(H(true), H(predicted)) − E[MI]) (Vinh, Epps &amp; Bailey 2010),
    /// where E[MI] is the expected mutual information under the hypergeometric model of random
    /// labellings with the same cluster sizes. 1 for identical partitions, about 0 by chance.
    /// </summary>
    public static double Adjusted(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels) =>
        Adjusted(ContingencyTable.Create(trueLabels, predictedLabels));

    /// <summary>AMI from a contingency table.</summary>
    public static double Adjusted(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (IsTrivialAgreement(table))
        {
            return 1.0;
        }

        double mi = Score(table);
        double expected = ExpectedMutualInformation.Compute(table);
        double denominator = ArithmeticMeanEntropy(table) - expected;

        // Keep the sign of a vanishing denominator so the ratio stays finite (scikit-learn does the same).
        denominator = denominator < 0 ? Math.Min(denominator, -double.Epsilon) : Math.Max(denominator, double.Epsilon);
        return (mi - expected) / denominator;
    }

    /// <summary>Shannon entropy (nats) of a partition with the given group sizes.</summary>
    public static double Entropy(IReadOnlyList<long> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        double n = 0;
        foreach (long s in sizes)
        {
            n += s;
        }

        double h = 0;
        foreach (long s in sizes)
        {
            if (s > 0)
            {
                double p = s / n;
                h -= p * Math.Log(p);
            }
        }

        return h;
    }

    /// <summary>Both labellings put every row in one group: they agree, and the formulas are 0/0.</summary>
    private static bool IsTrivialAgreement(ContingencyTable table) => table.ClassCount == 1 && table.ClusterCount == 1;

    private static double ArithmeticMeanEntropy(ContingencyTable table) =>
        (Entropy(table.ClassSizes) + Entropy(table.ClusterSizes)) / 2.0;
}
