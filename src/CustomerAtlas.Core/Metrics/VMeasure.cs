namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Homogeneity (each cluster holds one class), completeness (each class sits in one cluster)
/// and their harmonic mean, the V-measure (Rosenberg &amp; Hirschberg 2007), all in [0, 1].
/// Swapping the arguments swaps homogeneity and completeness; the V-measure is symmetric.
/// </summary>
public static class VMeasure
{
    /// <summary>Homogeneity, completeness and V-measure of a clustering against a reference.</summary>
    public static HomogeneityCompleteness Score(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels) =>
        Score(ContingencyTable.Create(trueLabels, predictedLabels));

    /// <summary>Homogeneity, completeness and V-measure from a contingency table.</summary>
    public static HomogeneityCompleteness Score(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        double classEntropy = MutualInformation.Entropy(table.ClassSizes);
        double clusterEntropy = MutualInformation.Entropy(table.ClusterSizes);
        double mi = MutualInformation.Score(table);

        // A labelling with one group carries no information to lose: the ratio is 1 by convention.
        double homogeneity = classEntropy == 0 ? 1.0 : mi / classEntropy;
        double completeness = clusterEntropy == 0 ? 1.0 : mi / clusterEntropy;
        double v = homogeneity + completeness == 0 ? 0.0 : 2.0 * homogeneity * completeness / (homogeneity + completeness);
        return new HomogeneityCompleteness(homogeneity, completeness, v);
    }
}
