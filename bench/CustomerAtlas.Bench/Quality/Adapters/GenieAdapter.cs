using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>Genie (Gini threshold 0.3) on standardized data cut at the reference k, as R's genie_std (genieclust 1.1.3).</summary>
internal sealed class GenieAdapter : IQualityAdapter
{
    public string Name => "genie";

    public string? SklearnPeer => null;

    public string? RPeer => "genie_std";

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new GenieClusterer(new GenieOptions { ClusterCount = k }).Fit(data, cancellationToken).Labels];
}
