using CustomerAtlas.Core.Clustering.BisectingKMeans;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>Bisecting k-means (defaults: biggest-inertia splits); paired with scikit-learn's k-means, the nearest peer column.</summary>
internal sealed class BisectingKMeansAdapter : IQualityAdapter
{
    public string Name => "bisecting_kmeans";

    public string? SklearnPeer => "kmeans_std";

    public string? RPeer => null;

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        new BisectingKMeans(new BisectingKMeansOptions { K = k, Seed = seed }).Fit(data, cancellationToken).Labels;
}
