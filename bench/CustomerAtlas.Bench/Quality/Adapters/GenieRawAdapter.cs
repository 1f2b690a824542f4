using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>Genie (Gini threshold 0.3) on the raw coordinates cut at the reference k, as R's genie_raw (genieclust 1.1.3).</summary>
internal sealed class GenieRawAdapter : IQualityAdapter
{
    public string Name => "genie_raw";

    public string? SklearnPeer => null;

    public string? RPeer => "genie_raw";

    public bool Quadratic => false;

    public bool UsesRawData => true;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new GenieClusterer(new GenieOptions { ClusterCount = k }).Fit(data, cancellationToken).Labels];
}
