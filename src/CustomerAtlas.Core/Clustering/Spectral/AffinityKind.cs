namespace CustomerAtlas.Core.Clustering.Spectral;

/// <summary>Edge weights of the k-nearest-neighbour affinity graph.</summary>
public enum AffinityKind
{
    /// <summary>Weight 1 for each neighbour (scikit-learn's "nearest_neighbors"): robust, no bandwidth to tune.</summary>
    Connectivity,

    /// <summary>Weight exp(−d² / 2σ²), σ = the median neighbour distance: nearer neighbours count more.</summary>
    Gaussian,
}
