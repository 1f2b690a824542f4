namespace CustomerAtlas.Core.Metrics;

/// <summary>The three entropy-based scores of <see cref="VMeasure"/>.</summary>
/// <param name="Homogeneity">1 − H(class | cluster) / H(class).</param>
/// <param name="Completeness">1 − H(cluster | class) / H(cluster).</param>
/// <param name="VMeasure">Harmonic mean of homogeneity and completeness.</param>
public readonly record struct HomogeneityCompleteness(double Homogeneity, double Completeness, double VMeasure);
