using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>Ward linkage, as scikit-learn's ward_std run (AgglomerativeClustering, linkage="ward").</summary>
internal sealed class WardLinkageAdapter : IQualityAdapter
{
    public string Name => "ward";

    public string? SklearnPeer => "ward_std";

    public string? RPeer => null;

    public bool Quadratic => true;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new AgglomerativeClusterer(new() { ClusterCount = k, Linkage = Linkage.Ward }).Fit(data, cancellationToken).Labels];
}
