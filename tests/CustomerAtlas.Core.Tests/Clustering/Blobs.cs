using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Clustering;

/// <summary>Seeded isotropic Gaussian blobs (Box–Muller), like scikit-learn's make_blobs.</summary>
internal static class Blobs
{
    public static (Matrix<double> Data, int[] Labels) Make(int seed, double[][] centers, int perCluster, double std)
    {
        var random = new Random(seed);
        int d = centers[0].Length;
        int n = centers.Length * perCluster;
        var data = new Matrix<double>(n, d);
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            int c = i % centers.Length;
            labels[i] = c;
            for (int f = 0; f < d; f++)
            {
                data[i, f] = centers[c][f] + (std * Normal(random));
            }
        }

        return (data, labels);
    }

    /// <summary>Three blobs in 2-D, 10 standard deviations apart.</summary>
    public static (Matrix<double> Data, int[] Labels) Three(int seed, int perCluster = 60) =>
        Make(seed, [[0, 0], [10, 0], [0, 10]], perCluster, 1.0);

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
