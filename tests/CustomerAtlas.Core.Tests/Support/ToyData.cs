using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Support;

/// <summary>Small seeded data sets for clustering tests.</summary>
internal static class ToyData
{
    /// <summary>
    /// <paramref name="perCluster"/> rows around each centre (Gaussian noise of <paramref name="spread"/>),
    /// in centre order, with the true labels.
    /// </summary>
    public static (Matrix<double> Data, int[] Labels) Blobs(double[][] centres, int perCluster, double spread, int seed)
    {
        var random = new Random(seed);
        int d = centres[0].Length;
        var data = new Matrix<double>(centres.Length * perCluster, d);
        var labels = new int[data.Rows];
        for (int c = 0; c < centres.Length; c++)
        {
            for (int i = 0; i < perCluster; i++)
            {
                int row = (c * perCluster) + i;
                labels[row] = c;
                for (int j = 0; j < d; j++)
                {
                    data[row, j] = centres[c][j] + (spread * Gaussian(random));
                }
            }
        }

        return (data, labels);
    }

    /// <summary>Uniform random rows in [0, 1).</summary>
    public static Matrix<double> Uniform(int rows, int cols, int seed)
    {
        var random = new Random(seed);
        var m = new Matrix<double>(rows, cols);
        for (int i = 0; i < m.Values.Length; i++)
        {
            m.Values[i] = random.NextDouble();
        }

        return m;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>True when the two labellings describe the same partition.</summary>
    public static bool SamePartition(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var forward = new Dictionary<int, int>();
        var backward = new Dictionary<int, int>();
        for (int i = 0; i < a.Count; i++)
        {
            if (forward.TryGetValue(a[i], out int fb) ? fb != b[i] : !forward.TryAdd(a[i], b[i]))
            {
                return false;
            }

            if (backward.TryGetValue(b[i], out int ba) ? ba != a[i] : !backward.TryAdd(b[i], a[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Saves and reloads a model through the versioned model file.</summary>
    public static T RoundTrip<T>(T model)
        where T : Core.Clustering.IClusterModel
    {
        using var stream = new MemoryStream();
        Core.Serialization.ModelFile.Save(model, stream);
        stream.Position = 0;
        return Assert.IsType<T>(Core.Serialization.ModelFile.Load(stream));
    }
}
