using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Tests.Support;

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
                    row[j] = centre[j] + (sigma * ToyData.Gaussian(rng));
                }

                rows.Add(row);
            }
        }

        rows.AddRange(extra);
        return Matrix<double>.FromRows(rows);
    }

    /// <summary>Squared Euclidean distance between rows of two matrices (the library's kernel, so ties match exactly).</summary>
    public static double Distance2(Matrix<double> a, int i, Matrix<double> b, int j) =>
        SimdMath.SquaredDistance(a.RowReadOnly(i), b.RowReadOnly(j));
}
