using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>
/// Genie on the raw coordinates that ignores the reference k and picks its own cut (the default
/// label-free criterion, density-based validity): how well Genie does with no labels at all.
/// Paired with R's genie_raw, which is given k.
/// </summary>
internal sealed class GenieAutoAdapter : IQualityAdapter
{
    public string Name => "genie_auto";

    public string? SklearnPeer => null;

    public string? RPeer => "genie_raw";

    public bool Quadratic => false;

    public bool UsesRawData => true;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new GenieClusterer(new GenieOptions { ClusterCount = null }).Fit(data, cancellationToken).Labels];
}
