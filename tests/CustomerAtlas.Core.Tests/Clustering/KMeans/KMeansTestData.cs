using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Clustering;

/// <summary>Small seeded blob data sets for the k-means family tests.</summary>
internal static class KMeansTestData
{
    /// <summary>n rows around <paramref name="centers"/> Gaussian blobs in d dimensions (Box–Muller, seeded).</summary>
    public static Matrix<double> Blobs(int n, int d, int centers, int seed, double spread = 10, double std = 1)
    {
        var rng = new Random(seed);
        var means = new double[centers, d];
        for (int c = 0; c < centers; c++)
        {
            for (int j = 0; j < d; j++)
            {
                means[c, j] = ((rng.NextDouble() * 2) - 1) * spread;
            }
        }

        var m = new Matrix<double>(n, d);
        for (int i = 0; i < n; i++)
        {
            int c = i % centers;
            for (int j = 0; j < d; j++)
            {
                double u1 = 1 - rng.NextDouble();
                double u2 = rng.NextDouble();
                m[i, j] = means[c, j] + (std * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
            }
        }

        return m;
    }
}
