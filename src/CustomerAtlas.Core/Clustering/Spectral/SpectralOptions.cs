using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Spectral;

/// <summary>Options of <see cref="SpectralClusterer"/>.</summary>
public sealed record SpectralOptions
{
    /// <summary>Number of clusters k (and of eigenvectors used). Default 2, the smallest non-trivial split.</summary>
    public int ClusterCount { get; init; } = 2;

    /// <summary>
    /// Neighbours per row in the affinity graph, the row itself included. Default 10 (scikit-learn's):
    /// enough to connect a cluster, few enough to keep nearby clusters apart.
    /// </summary>
    public int Neighbors { get; init; } = 10;

    /// <summary>Edge weights. Default <see cref="AffinityKind.Connectivity"/>, as scikit-learn's nearest-neighbour affinity.</summary>
    public AffinityKind Affinity { get; init; } = AffinityKind.Connectivity;

    /// <summary>k-means restarts on the embedding; the lowest inertia wins. Default 10 (scikit-learn's): the embedding is cheap to cluster.</summary>
    public int KMeansRestarts { get; init; } = 10;

    /// <summary>Random seed for the eigen-solver start and k-means. Default null = <see cref="Seeds.Default"/>.</summary>
    public int? Seed { get; init; }

    /// <summary>Most threads to use; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws an <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(ClusterCount >= 1, nameof(ClusterCount), $"must be at least 1 (got {ClusterCount})")
            .Require(Neighbors >= 2, nameof(Neighbors), $"must be at least 2 (the row itself and one neighbour; got {Neighbors})")
            .Require(Enum.IsDefined(Affinity), nameof(Affinity), $"unknown affinity {Affinity}")
            .Require(KMeansRestarts >= 1, nameof(KMeansRestarts), $"must be at least 1 (got {KMeansRestarts})")
            .Require(ParallelismCheck.IsValid(MaxDegreeOfParallelism), nameof(MaxDegreeOfParallelism),
                $"must be -1 (all cores) or at least 1 (got {MaxDegreeOfParallelism})")
            .ThrowIfAny();
    }
}
