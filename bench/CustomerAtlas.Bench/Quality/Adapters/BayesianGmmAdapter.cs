using CustomerAtlas.Core.Clustering.BayesianGaussianMixture;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>
/// Variational Dirichlet-process mixture (full covariances) truncated at the reference k: it may
/// switch components off and so return fewer clusters. No peer runs it under this protocol.
/// </summary>
internal sealed class BayesianGmmAdapter : IQualityAdapter
{
    public string Name => "bgmm_full";

    public string? SklearnPeer => null;

    public string? RPeer => null;

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken) =>
        [.. new BayesianGaussianMixtureClusterer(new() { MaxComponents = k, CovarianceType = Core.Clustering.GaussianMixture.CovarianceType.Full, Seed = seed })
            .Fit(data, cancellationToken).Labels];
}
