using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

/// <summary>Data and algorithm specs shared by the selection tests.</summary>
internal static class SelectionTestData
{
    /// <summary>Well-separated Gaussian blobs on a grid, with their true labels.</summary>
    public static (Matrix<double> Data, int[] Labels) Blobs(int clusters, int perCluster, int seed = 1, double spread = 0.3)
    {
        var rng = new Random(seed);
        var rows = new List<double[]>();
        var labels = new List<int>();
        for (int c = 0; c < clusters; c++)
        {
            double cx = (c % 3) * 10;
            double cy = (c / 3) * 10;
            for (int i = 0; i < perCluster; i++)
            {
                rows.Add([cx + (Gaussian(rng) * spread), cy + (Gaussian(rng) * spread)]);
                labels.Add(c);
            }
        }

        return (Matrix<double>.FromRows(rows), labels.ToArray());
    }

    public static AlgorithmSpec KMeansSpec { get; } = new()
    {
        Name = "kmeans",
        Create = s => new KMeans(new KMeansOptions { K = s.K!.Value, Seed = s.Seed, MaxDegreeOfParallelism = 1 }),
    };

    /// <summary>An algorithm that always fails, like a bad parameter would.</summary>
    public static AlgorithmSpec Throwing { get; } = new()
    {
        Name = "broken",
        ChoosesK = true,
        Create = _ => new ThrowingClusterer(),
    };

    /// <summary>
    /// An algorithm that takes until it is cancelled (or 20 s), then fits k-means; its cost estimate
    /// (16 reference seconds and more on 200 rows) puts it far above a budget of a few seconds.
    /// </summary>
    public static AlgorithmSpec Slow { get; } = new()
    {
        Name = "slow",
        CostFactor = 1e6,
        Create = s => new SlowClusterer(s.K!.Value, s.Seed),
    };

    /// <summary>
    /// k-means estimated at 0.04 reference seconds per k on 200 × 2 rows (k = 2..6: 0.08–0.24 s), whose
    /// fits take <paramref name="delay"/> longer, as on a slower machine.
    /// </summary>
    public static AlgorithmSpec Costly(TimeSpan delay) => new()
    {
        Name = "kmeans",
        CostFactor = 2500,
        Create = s => new DelayedClusterer(new KMeans(new KMeansOptions { K = s.K!.Value, Seed = s.Seed, MaxDegreeOfParallelism = 1 }), delay),
    };

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private sealed class ThrowingClusterer : IClusterer
    {
        public IClusterModel Fit(Matrix<double> data, CancellationToken cancellationToken = default) =>
            throw new ArgumentException("MinClusterSize: must be at least 2 (was 0).", "MinClusterSize");
    }

    private sealed class DelayedClusterer(IClusterer inner, TimeSpan delay) : IClusterer
    {
        public IClusterModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
        {
            Thread.Sleep(delay);
            return inner.Fit(data, cancellationToken);
        }
    }

    private sealed class SlowClusterer(int k, int seed) : IClusterer
    {
        public IClusterModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
        {
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(20));
            cancellationToken.ThrowIfCancellationRequested();
            return new KMeans(new KMeansOptions { K = k, Seed = seed }).Fit(data, cancellationToken);
        }
    }
}
