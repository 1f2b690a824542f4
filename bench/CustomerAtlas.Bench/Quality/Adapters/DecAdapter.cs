using CustomerAtlas.Core.Data;
using CustomerAtlas.Deep.Dec;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>DEC: KL(P‖Q) only after pretraining, default (auto-scaled) architecture.</summary>
internal sealed class DecAdapter : IQualityAdapter
{
    public string Name => "dec";

    public string? SklearnPeer => "kmeans_std";

    public string? RPeer => null;

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new DecClusterer(new DecOptions { K = k, Variant = DecVariant.Dec, Seed = seed }).Fit(data, null, cancellationToken).Labels];
}
