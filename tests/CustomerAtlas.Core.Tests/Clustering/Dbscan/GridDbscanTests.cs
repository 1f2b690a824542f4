using CustomerAtlas.Core.Clustering.Dbscan;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Clustering.Dbscan;

/// <summary>The grid search (d ≤ 3) against the k-d tree search it replaces there.</summary>
public class GridDbscanTests
{
    [Theory]
    [InlineData(1, 0.05, 5)]
    [InlineData(2, 0.15, 10)]
    [InlineData(2, 0.4, 3)]
    [InlineData(3, 0.3, 8)]
    [InlineData(3, 1.5, 40)]
    public void SameLabelsAndCoreRowsAsTheTreeSearch(int d, double eps, int minSamples)
    {
        var data = Blobs(6000, d, seed: d * 31);
        var clusterer = new DbscanClusterer(new DbscanOptions { Eps = eps, MinSamples = minSamples });
        var grid = GridDbscan.TryFit(data, eps, minSamples, -1, default);
        var tree = clusterer.FitWithTree(data, default);
        Assert.NotNull(grid);
        Assert.Equal(tree.Labels, grid.Labels);
        Assert.Equal(tree.CoreIndices, grid.CoreIndices);
        Assert.Equal(tree.CoreLabels, grid.CoreLabels);
        Assert.Equal(tree.ClusterCount, grid.ClusterCount);
        Assert.True(grid.ClusterCount > 0);
    }

    [Fact]
    public void PointsOnCellCornersAtExactlyEps()
    {
        // A lattice with spacing exactly eps: interior points have their 4 lattice neighbours at distance eps
        // (boundary included), so with minSamples 5 the 10×10 interior is core, the other edge points are
        // border, and the four corners (only edge points within eps) are noise.
        var rows = new List<double[]>();
        for (int i = 0; i < 12; i++)
        {
            for (int j = 0; j < 12; j++)
            {
                rows.Add([i * 0.25, j * 0.25]);
            }
        }

        var data = Matrix<double>.FromRows(rows.ToArray());
        var clusterer = new DbscanClusterer(new DbscanOptions { Eps = 0.25, MinSamples = 5 });
        var grid = GridDbscan.TryFit(data, 0.25, 5, 1, default)!;
        Assert.Equal(clusterer.FitWithTree(data, default).Labels, grid.Labels);
        Assert.Equal(1, grid.ClusterCount);
        Assert.Equal(100, grid.CoreIndices.Count);
        Assert.Equal(4, grid.Labels.Count(l => l < 0));
    }

    [Fact]
    public void SameOnOneAndManyThreads()
    {
        var data = Blobs(20_000, 2, seed: 4);
        var one = GridDbscan.TryFit(data, 0.1, 8, 1, default)!;
        var many = GridDbscan.TryFit(data, 0.1, 8, 4, default)!;
        Assert.Equal(one.Labels, many.Labels);
    }

    [Fact]
    public void FallsBackWhenTheGridWouldBeTooLarge()
    {
        var data = Matrix<double>.FromRows([[0.0, 0, 0], [1e12, 1e12, 1e12], [5, 5, 5]]);
        Assert.Null(GridDbscan.TryFit(data, 1e-6, 2, 1, default));
        var model = new DbscanClusterer(new DbscanOptions { Eps = 1e-6, MinSamples = 2 }).Fit(data);
        Assert.All(model.Labels, l => Assert.Equal(-1, l));
    }

    private static Matrix<double> Blobs(int n, int d, int seed)
    {
        var rng = new Random(seed);
        var centers = Enumerable.Range(0, 5 * d).Select(_ => rng.NextDouble() * 6).ToArray();
        var values = new double[n * d];
        for (int i = 0; i < n; i++)
        {
            int c = rng.Next(5);
            for (int j = 0; j < d; j++)
            {
                // Coarse rounding creates exact duplicates and exact-eps ties.
                double v = centers[(c * d) + j] + (Gaussian(rng) * 0.5);
                values[(i * d) + j] = i % 3 == 0 ? Math.Round(v * 20) / 20 : v;
            }
        }

        return new Matrix<double>(n, d, values);
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
