using CustomerAtlas.Core.Clustering.KMedoids;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>k-medoids (BUILD + FasterPAM, Euclidean); scikit-learn has no k-medoids, so no peer column.</summary>
internal sealed class KMedoidsAdapter : IQualityAdapter
{
    public string Name => "kmedoids";

    public string? SklearnPeer => null;

    public string? RPeer => null;

    public bool Quadratic => true;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new KMedoidsClusterer(new() { ClusterCount = k }).Fit(data, cancellationToken).Labels];
}
