using CustomerAtlas.Core.Clustering.Spectral;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>Spectral clustering on a 10-nearest-neighbour connectivity graph, as scikit-learn's spectral_knn_std run.</summary>
internal sealed class SpectralAdapter : IQualityAdapter
{
    public string Name => "spectral";

    public string? SklearnPeer => "spectral_knn_std";

    public string? RPeer => null;

    public bool Quadratic => true;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new SpectralClusterer(new() { ClusterCount = k, Seed = seed }).Fit(data, cancellationToken).Labels];
}
