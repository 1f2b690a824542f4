using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Core.Tests.Metrics;

/// <summary>The blocked, parallel silhouette against a plain full-distance-matrix reference.</summary>
public class SilhouetteAgreementTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(200)]
    public void BlockedMatchesFullMatrixReference(int seed)
    {
        var random = new Random(seed);
        int n = 150 + random.Next(100); // not a multiple of the block size
        var data = InternalMetricTests.RandomData(random, n, 4);
        int[] labels = [.. Enumerable.Range(0, n).Select(_ => random.Next(5))];
        labels[7] = 9; // a singleton cluster scores 0
        labels[8] = -1; // noise is left out

        double[] reference = Reference(data, labels);
        double[] oneThread = Silhouette.Samples(data, labels, maxDegreeOfParallelism: 1);
        double[] allThreads = Silhouette.Samples(data, labels);
        double[] twoThreads = Silhouette.Samples(data, labels, maxDegreeOfParallelism: 2);
        Assert.Equal(0.0, oneThread[7]);
        for (int i = 0; i < n; i++)
        {
            if (i == 8)
            {
                Assert.True(double.IsNaN(oneThread[i]));
                continue;
            }

            Assert.Equal(reference[i], oneThread[i], 10);
        }

        // Thread count never changes a single bit.
        Assert.Equal(oneThread, allThreads);
        Assert.Equal(oneThread, twoThreads);
        Assert.Equal(Silhouette.Score(data, labels, 1), Silhouette.Score(data, labels, 4));
    }

    [Fact]
    public void SampledIsSeededAndExactWhenSampleCoversData()
    {
        var random = new Random(5);
        var data = InternalMetricTests.RandomData(random, 300, 2);
        int[] labels = [.. Enumerable.Range(0, 300).Select(i => data[i, 0] > 0 ? 1 : 0)];
        double exact = Silhouette.Score(data, labels);
        Assert.Equal(exact, Silhouette.SampledScore(data, labels, 1000));
        double a = Silhouette.SampledScore(data, labels, 100, seed: 7);
        Assert.Equal(a, Silhouette.SampledScore(data, labels, 100, seed: 7));
        Assert.NotEqual(a, Silhouette.SampledScore(data, labels, 100, seed: 8));
        Assert.InRange(a, exact - 0.1, exact + 0.1);
    }

    [Fact]
    public void BadParametersAreNamed()
    {
        var data = InternalMetricTests.RandomData(new Random(1), 10, 2);
        int[] labels = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1];
        Assert.Equal("sampleSize", Assert.Throws<ArgumentException>(() => Silhouette.SampledScore(data, labels, 1)).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentException>(() => Silhouette.Score(data, labels, 0)).ParamName);
    }

    private static double[] Reference(Matrix<double> data, int[] labels)
    {
        int n = data.Rows;
        var dist = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double s = 0;
                for (int f = 0; f < data.Cols; f++)
                {
                    s += (data[i, f] - data[j, f]) * (data[i, f] - data[j, f]);
                }

                dist[i, j] = Math.Sqrt(s);
            }
        }

        var result = new double[n];
        var clusters = labels.Where(l => l >= 0).Distinct().ToArray();
        for (int i = 0; i < n; i++)
        {
            if (labels[i] < 0)
            {
                continue;
            }

            var mine = Enumerable.Range(0, n).Where(j => j != i && labels[j] == labels[i]).ToArray();
            if (mine.Length == 0)
            {
                continue;
            }

            double a = mine.Average(j => dist[i, j]);
            double b = clusters.Where(c => c != labels[i])
                .Min(c => Enumerable.Range(0, n).Where(j => labels[j] == c).Average(j => dist[i, j]));
            result[i] = (b - a) / Math.Max(a, b);
        }

        return result;
    }
}
