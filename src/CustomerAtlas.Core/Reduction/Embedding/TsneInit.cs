namespace CustomerAtlas.Core.Reduction.Embedding;

/// <summary>Starting layout of t-SNE.</summary>
public enum TsneInit
{
    /// <summary>The first two principal components, scaled to a standard deviation of 1e-4.</summary>
    Pca,

    /// <summary>Seeded Gaussian noise with standard deviation 1e-4.</summary>
    Random,
}
