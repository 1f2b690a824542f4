using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Clustering.GaussianMixture;

/// <summary>The blocked diagonal/spherical E- and M-step kernels against the row-by-row definitions.</summary>
public class AxisKernelTests
{
    [Theory]
    [InlineData(CovarianceType.Diagonal, 3, 5)]
    [InlineData(CovarianceType.Diagonal, 7, 32)]
    [InlineData(CovarianceType.Spherical, 4, 6)]
    public void TiledLogDensitiesMatchTheRowByRowDefinition(CovarianceType type, int d, int k)
    {
        var rng = new Random(d + k);
        var means = Enumerable.Range(0, k * d).Select(_ => (rng.NextDouble() * 20) - 10).ToArray();
        var covariances = Enumerable.Range(0, GaussianComponents.CovarianceLength(type, k, d)).Select(_ => 0.1 + rng.NextDouble()).ToArray();
        Assert.True(GaussianComponents.TryCreate(type, k, d, means, covariances, out var components));
        var offsets = Enumerable.Range(0, k).Select(c => Math.Log((c + 1.0) / k)).ToArray();
        var panel = AxisDensityPanel.Create(components, offsets);

        int rows = AxisDensityPanel.TileRows - 3; // a partial tile, with rows in several 4-row groups and a tail
        var x = Enumerable.Range(0, rows * d).Select(_ => (rng.NextDouble() * 24) - 12).ToArray();
        var tiled = new double[rows * k];
        panel.Evaluate(x, rows, new double[AxisDensityPanel.TileRows * 2 * d], tiled);

        var expected = new double[k];
        for (int r = 0; r < rows; r++)
        {
            components.LogDensities(x.AsSpan(r * d, d), expected, new double[d]);
            for (int c = 0; c < k; c++)
            {
                Assert.Equal(expected[c] + offsets[c], tiled[(r * k) + c], 1e-9 * Math.Max(1, Math.Abs(expected[c])));
            }
        }
    }

    [Theory]
    [InlineData(CovarianceType.Diagonal)]
    [InlineData(CovarianceType.Spherical)]
    public void BlockedMomentsMatchTwoPassDefinitions(CovarianceType type)
    {
        var rng = new Random(9);
        int n = 5000, d = 3, k = 4;
        var x = new Matrix<double>(n, d, Enumerable.Range(0, n * d).Select(i => 100 + (i % d) + rng.NextDouble()).ToArray());
        var resp = new double[n * k];
        for (int i = 0; i < n; i++)
        {
            var w = Enumerable.Range(0, k).Select(_ => rng.NextDouble()).ToArray();
            double s = w.Sum();
            for (int c = 0; c < k; c++)
            {
                resp[(i * k) + c] = w[c] / s;
            }
        }

        var result = new SufficientStatistics(x, k, type, 1e-6, 1).Estimate(resp);
        for (int c = 0; c < k; c++)
        {
            double count = Enumerable.Range(0, n).Sum(i => resp[(i * k) + c]);
            Assert.Equal(count, result.Counts[c], 1e-9);
            double sphericalSum = 0;
            for (int j = 0; j < d; j++)
            {
                double mean = Enumerable.Range(0, n).Sum(i => resp[(i * k) + c] * x[i, j]) / result.Counts[c];
                double variance = (Enumerable.Range(0, n).Sum(i => resp[(i * k) + c] * (x[i, j] - mean) * (x[i, j] - mean)) / result.Counts[c]) + 1e-6;
                Assert.Equal(mean, result.Means[(c * d) + j], 1e-10);
                if (type == CovarianceType.Diagonal)
                {
                    Assert.Equal(variance, result.Covariances[(c * d) + j], 1e-10);
                }

                sphericalSum += variance;
            }

            if (type == CovarianceType.Spherical)
            {
                Assert.Equal(sphericalSum / d, result.Covariances[c], 1e-10);
            }
        }
    }
}
