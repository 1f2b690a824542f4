using CustomerAtlas.Core.Data;
using CustomerAtlas.Deep.Dec;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>IDEC: reconstruction + 0.1·KL, default (auto-scaled) architecture.</summary>
internal sealed class IdecAdapter : IQualityAdapter
{
    public string Name => "idec";

    public string? SklearnPeer => "kmeans_std";

    public string? RPeer => null;

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new DecClusterer(new DecOptions { K = k, Variant = DecVariant.Idec, Seed = seed }).Fit(data, null, cancellationToken).Labels];
}
