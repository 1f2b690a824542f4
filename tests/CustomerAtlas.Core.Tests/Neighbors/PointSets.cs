using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Tests.Neighbors;

/// <summary>Seeded point sets for the spatial-index, spanning-tree and density-clustering tests.</summary>
internal static class PointSets
{
    /// <summary>Uniform points; with <paramref name="grid"/> the coordinates are small integers, so many distances tie.</summary>
    public static Matrix<double> Uniform(int seed, int n, int d, bool grid = false)
    {
        var rng = new Random(seed);
        var values = new double[n * d];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = grid ? rng.Next(0, 6) : rng.NextDouble() * 10;
        }

        return new Matrix<double>(n, d, values);
    }

    /// <summary>Gaussian blobs of <paramref name="perBlob"/> points around each centre, followed by the <paramref name="extra"/> rows.</summary>
    public static Matrix<double> Blobs(int seed, double[][] centres, int perBlob, double sigma, params double[][] extra)
    {
        var rng = new Random(seed);
        int d = centres[0].Length;
        var rows = new List<double[]>();
        foreach (var centre in centres)
        {
            for (int i = 0; i < perBlob; i++)
            {
                var row = new double[d];
                for (int j = 0; j < d; j++)
                {
                    row[j] = centre[j] + (sigma * Gaussian(rng));
                }

                rows.Add(row);
            }
        }

        rows.AddRange(extra);
        return Matrix<double>.FromRows(rows);
    }

    /// <summary>Squared Euclidean distance between rows of two matrices (the library's kernel, so ties match exactly).</summary>
    public static double Distance2(Matrix<double> a, int i, Matrix<double> b, int j) =>
        SquaredEuclidean.Distance(a.RowReadOnly(i), b.RowReadOnly(j));

    /// <summary>True when two labelings group the rows identically (up to renaming).</summary>
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
            if ((forward.TryGetValue(a[i], out int fb) && fb != b[i]) || (backward.TryGetValue(b[i], out int ba) && ba != a[i]))
            {
                return false;
            }

            forward[a[i]] = b[i];
            backward[b[i]] = a[i];
        }

        return true;
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
