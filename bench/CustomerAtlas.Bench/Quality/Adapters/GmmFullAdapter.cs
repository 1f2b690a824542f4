using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>Full-covariance EM with 3 initializations, as scikit-learn's gmm_full_std run (n_init=3).</summary>
internal sealed class GmmFullAdapter : IQualityAdapter
{
    public string Name => "gmm_full";

    public string? SklearnPeer => "gmm_full_std";

    public string? RPeer => null;

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new GaussianMixtureClusterer(new() { ComponentCount = k, CovarianceType = CovarianceType.Full, InitCount = 3, Seed = seed })
            .Fit(data, cancellationToken).Labels];
}
