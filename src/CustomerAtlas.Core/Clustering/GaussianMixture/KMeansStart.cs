using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// The starting partition of a mixture fit: one run of the shared k-means (greedy k-means++
/// seeding, then Hamerly iterations), as scikit-learn's default mixture init does. Restart
/// <c>init</c> of a seeded fit gets its own derived seed.
/// </summary>
internal static class KMeansStart
{
    public static int[] Labels(Matrix<double> data, int k, int? seed, int init, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var kmeans = new KMeans.KMeans(new KMeansOptions
        {
            K = k,
            NInit = 1,
            Seed = Seeds.Derive(seed, init).Next(),
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
        });
        return [.. kmeans.Fit(data, cancellationToken).Labels];
    }

    /// <summary>One-hot responsibilities (n × k) of a hard partition.</summary>
    public static double[] OneHot(int[] labels, int k)
    {
        var responsibilities = new double[labels.Length * k];
        for (int i = 0; i < labels.Length; i++)
        {
            responsibilities[(i * k) + labels[i]] = 1.0;
        }

        return responsibilities;
    }
}
