using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Reduction.Pca;
using CustomerAtlas.Deep.Dec;
using CustomerAtlas.Deep.Vae;
using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Bench.Deep;

/// <summary>
/// The methods compared: k-means on the features and on PCA components, and the three deep
/// methods. Each returns the labels of the rows it was given (PCA is fitted on those rows too).
/// </summary>
internal static class DeepMethods
{
    public static readonly IReadOnlyList<(string Name, Func<Matrix<double>, int, int, IClusterModel> Fit)> All =
    [
        ("kmeans", (x, k, seed) => new KMeans(new KMeansOptions { K = k, NInit = 10, Seed = seed }).Fit(x)),
        ("pca+kmeans", PcaKMeans),
        ("dec", (x, k, seed) => new DecClusterer(new DecOptions { K = k, Variant = DecVariant.Dec, Seed = seed }).Fit(x)),
        ("idec", (x, k, seed) => new DecClusterer(new DecOptions { K = k, Variant = DecVariant.Idec, Seed = seed }).Fit(x)),
        ("vae-kmeans", (x, k, seed) => new VaeKMeansClusterer(new VaeOptions { K = k, Seed = seed }).Fit(x)),
    ];

    /// <summary>
    /// k-means on the principal components the automatic mode keeps (<see cref="PcaChoice"/>: 90 % of the
    /// variance). When that rule keeps every feature the projection is only a rotation, so k-means runs on
    /// the features themselves.
    /// </summary>
    private static IClusterModel PcaKMeans(Matrix<double> x, int k, int seed)
    {
        var kmeans = new KMeans(new KMeansOptions { K = k, NInit = 10, Seed = seed });
        return PcaChoice.Fit(x, seed) is { } pca
            ? new ProjectedModel(kmeans.Fit(pca.Transform(x)), pca)
            : (IClusterModel)kmeans.Fit(x);
    }

    /// <summary>k-means in PCA space, predicting through the projection.</summary>
    private sealed class ProjectedModel(KMeansModel inner, PcaModel pca) : IClusterModel
    {
        public string Algorithm => "pca+kmeans";

        public int ClusterCount => inner.ClusterCount;

        public int FeatureCount => pca.FeatureCount;

        public IReadOnlyList<int> Labels => inner.Labels;

        public int[] Predict(Matrix<double> data) => inner.Predict(pca.Transform(data));
    }
}
