using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Reduction.Pca;
using CustomerAtlas.Deep.Dec;
using CustomerAtlas.Deep.Vae;

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

    /// <summary>k-means on enough principal components for 90 % of the variance.</summary>
    private static IClusterModel PcaKMeans(Matrix<double> x, int k, int seed)
    {
        var full = new Pca(new PcaOptions { Components = x.Cols, Seed = seed }).Fit(x);
        double cumulative = 0;
        int components = 0;
        while (components < x.Cols && cumulative < 0.9)
        {
            cumulative += full.ExplainedVarianceRatio[components++];
        }

        var pca = new Pca(new PcaOptions { Components = components, Seed = seed }).Fit(x);
        var projected = pca.Transform(x);
        var model = new KMeans(new KMeansOptions { K = k, NInit = 10, Seed = seed }).Fit(projected);
        return new ProjectedModel(model, pca);
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
