using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>k-means with 10 restarts, as scikit-learn's kmeans_std run (n_init=10).</summary>
internal sealed class KMeansAdapter : IQualityAdapter
{
    public string Name => "kmeans";

    public string? SklearnPeer => "kmeans_std";

    public string? RPeer => null;

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new KMeans(new KMeansOptions { K = k, NInit = 10, Seed = seed }).Fit(data, cancellationToken).Labels];
}
