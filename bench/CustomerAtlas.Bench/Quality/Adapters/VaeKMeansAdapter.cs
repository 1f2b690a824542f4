using CustomerAtlas.Core.Data;
using CustomerAtlas.Deep.Vae;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>k-means on the latent means of a VAE.</summary>
internal sealed class VaeKMeansAdapter : IQualityAdapter
{
    public string Name => "vae-kmeans";

    public string? SklearnPeer => "kmeans_std";

    public string? RPeer => null;

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new VaeKMeansClusterer(new VaeOptions { K = k, Seed = seed }).Fit(data, null, cancellationToken).Labels];
}
