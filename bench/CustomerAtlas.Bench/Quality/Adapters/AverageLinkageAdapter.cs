using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>Average linkage (UPGMA) on Euclidean distance, as scikit-learn's average_std run.</summary>
internal sealed class AverageLinkageAdapter : IQualityAdapter
{
    public string Name => "average";

    public string? SklearnPeer => "average_std";

    public string? RPeer => null;

    public bool Quadratic => true;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new AgglomerativeClusterer(new() { ClusterCount = k, Linkage = Linkage.Average }).Fit(data, cancellationToken).Labels];
}
