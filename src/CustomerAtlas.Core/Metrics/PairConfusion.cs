namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// The 2x2 confusion over ordered pairs of distinct rows: whether each pair is together in the
/// reference and in the clustering. Counts are doubles because they grow as n².
/// </summary>
internal readonly record struct PairConfusion(double TruePositives, double FalsePositives, double FalseNegatives, double TrueNegatives)
{
    public static PairConfusion From(ContingencyTable table)
    {
        double n = table.Total;
        double sumSquares = 0;
        foreach (var (_, _, count) in table.NonZeroCells())
        {
            sumSquares += (double)count * count;
        }

        double classSquares = SumOfSquares(table.ClassSizes);
        double clusterSquares = SumOfSquares(table.ClusterSizes);
        double together = sumSquares - n;
        double falsePositives = clusterSquares - sumSquares;
        double falseNegatives = classSquares - sumSquares;
        double trueNegatives = (n * n) - falsePositives - falseNegatives - sumSquares;
        return new PairConfusion(together, falsePositives, falseNegatives, trueNegatives);
    }

    /// <summary>Σ s² over sizes: the number of ordered pairs (self-pairs included) sharing a group.</summary>
    public static double SumOfSquares(IReadOnlyList<long> sizes)
    {
        double sum = 0;
        foreach (long s in sizes)
        {
            sum += (double)s * s;
        }

        return sum;
    }
}
