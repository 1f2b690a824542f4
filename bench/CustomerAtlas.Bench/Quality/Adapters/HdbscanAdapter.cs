using CustomerAtlas.Core.Clustering.Hdbscan;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>
/// HDBSCAN with min_cluster_size = min_samples = 5 on standardized data (it chooses its own number of
/// clusters; noise counts as one more label), as R's dbscan::hdbscan(minPts = 5) run hdbscan_std_minpts5.
/// </summary>
internal sealed class HdbscanAdapter : IQualityAdapter
{
    public string Name => "hdbscan";

    public string? SklearnPeer => null;

    public string? RPeer => "hdbscan_std_minpts5";

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new HdbscanClusterer(new HdbscanOptions { MinClusterSize = 5 }).Fit(data, cancellationToken).Labels];
}
