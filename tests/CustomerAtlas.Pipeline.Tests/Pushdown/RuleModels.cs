using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Clustering.BayesianGaussianMixture;
using CustomerAtlas.Core.Clustering.BisectingKMeans;
using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Clustering.KMedoids;
using CustomerAtlas.Core.Clustering.MiniBatchKMeans;
using CustomerAtlas.Core.Clustering.NearestMean;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;

namespace CustomerAtlas.Pipeline.Tests.Pushdown;

/// <summary>
/// One fitted model of every kind whose Predict is a closed-form rule, on the same model-space rows: the
/// pairwise methods (k-medoids, agglomerative) on the first 400 rows, the rest on all of them.
/// </summary>
internal static class RuleModels
{
    public static IEnumerable<(string Name, IClusterModel Model)> Fit(Matrix<double> x, int k)
    {
        var head = x.SelectRows([.. Enumerable.Range(0, Math.Min(400, x.Rows))]);
        var kmeans = new KMeans(new KMeansOptions { K = k, Seed = 42 }).Fit(x);
        yield return ("kmeans", kmeans);
        yield return ("mini-batch kmeans", new MiniBatchKMeans(new MiniBatchKMeansOptions { K = k, BatchSize = 256, Steps = 30, Seed = 42 }).Fit(x));
        yield return ("bisecting kmeans", new BisectingKMeans(new BisectingKMeansOptions { K = k, Seed = 42 }).Fit(x));
        yield return ("nearest centroid", NearestCentroidModel.FromLabels("consensus", x, kmeans.Labels, k));
        yield return ("kmedoids euclidean", new KMedoidsClusterer(new KMedoidsOptions { ClusterCount = k }).Fit(head));
        yield return ("kmedoids manhattan", new KMedoidsClusterer(new KMedoidsOptions { ClusterCount = k, Distance = ManhattanDistance.Instance }).Fit(head));
        yield return ("agglomerative ward", new AgglomerativeClusterer(new AgglomerativeOptions { ClusterCount = k }).Fit(head));
        yield return ("agglomerative average manhattan",
            new AgglomerativeClusterer(new AgglomerativeOptions { ClusterCount = k, Linkage = Linkage.Average, Metric = DistanceMetric.Manhattan }).Fit(head));
        foreach (var type in Enum.GetValues<CovarianceType>())
        {
            yield return ($"gmm {type}", new GaussianMixtureClusterer(new GaussianMixtureOptions { ComponentCount = k, CovarianceType = type, Seed = 42 }).Fit(x));
        }

        yield return ("bgmm full", new BayesianGaussianMixtureClusterer(new BayesianGaussianMixtureOptions { MaxComponents = k + 2, Seed = 42 }).Fit(x));
    }
}
