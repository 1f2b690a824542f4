using CustomerAtlas.Core.Clustering.MiniBatchKMeans;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>Mini-batch k-means (defaults: 100 steps of 1,024 rows); paired with scikit-learn's k-means.</summary>
internal sealed class MiniBatchKMeansAdapter : IQualityAdapter
{
    public string Name => "minibatch_kmeans";

    public string? SklearnPeer => "kmeans_std";

    public string? RPeer => null;

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        new MiniBatchKMeans(new MiniBatchKMeansOptions { K = k, Seed = seed }).Fit(data, cancellationToken).Labels;
}
