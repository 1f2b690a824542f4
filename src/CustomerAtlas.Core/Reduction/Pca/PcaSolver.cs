namespace CustomerAtlas.Core.Reduction.Pca;

/// <summary>How principal components are computed.</summary>
public enum PcaSolver
{
    /// <summary><see cref="Exact"/> when there are at most 256 features, else <see cref="Randomized"/>.</summary>
    Auto,

    /// <summary>Covariance matrix (one pass, d×d) and its full symmetric eigen-decomposition.</summary>
    Exact,

    /// <summary>Randomized range finder with power iterations (Halko, Martinsson &amp; Tropp 2011); for many features.</summary>
    Randomized,
}
