using CustomerAtlas.Core.Clustering.Dbscan;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Tests.Neighbors;
using FsCheck.Xunit;
using CustomerAtlas.Core.Tests.Support;

namespace CustomerAtlas.Core.Tests.Clustering.Dbscan;

public class DbscanTests
{
    // eps = 1, minSamples = 3 (self included):
    // 1 and 2 are core ({0,1,2}, {1,2,3}); 0 and 3 are border points of their cluster;
    // 10, 10.5, 11 are all core (11 is exactly eps from 10); 4.5 and 20 are noise.
    private static readonly Matrix<double> Line =
        Matrix<double>.FromRows([[0.0], [1.0], [2.0], [3.0], [4.5], [10.0], [10.5], [11.0], [20.0]]);

    [Fact]
    public void CoreBorderAndNoiseOnALine()
    {
        var model = new DbscanClusterer(new DbscanOptions { Eps = 1.0, MinSamples = 3 }).Fit(Line);
        Assert.Equal([0, 0, 0, 0, -1, 1, 1, 1, -1], model.Labels);
        Assert.Equal([1, 2, 5, 6, 7], model.CoreSampleIndices);
        Assert.Equal(2, model.ClusterCount);
    }

    [Fact]
    public void PredictUsesTheNearestCorePointWithinEps()
    {
        var model = new DbscanClusterer(new DbscanOptions { Eps = 1.0, MinSamples = 3 }).Fit(Line);
        Assert.Equal(model.Labels, model.Predict(Line));
        Assert.Equal([0, -1, 1, -1], model.Predict(Matrix<double>.FromRows([[1.5], [7.0], [10.2], [-1.5]])));
    }

    [Fact]
    public void MinSamplesOfOneMakesEveryPointCore()
    {
        var model = new DbscanClusterer(new DbscanOptions { Eps = 0.6, MinSamples = 1 }).Fit(Line);
        Assert.Equal([0, 1, 2, 3, 4, 5, 5, 5, 6], model.Labels);
    }

    [Property(MaxTest = 25)]
    public bool MatchesABruteForceDbscan(int seed)
    {
        var rng = new Random(seed);
        var data = PointSets.Uniform(seed, rng.Next(1, 200), rng.Next(1, 4), grid: seed % 2 == 0);
        double eps = 0.3 + (rng.NextDouble() * 2);
        int minSamples = rng.Next(1, 8);
        var model = new DbscanClusterer(new DbscanOptions { Eps = eps, MinSamples = minSamples }).Fit(data);
        return model.Labels.SequenceEqual(BruteForce(data, eps, minSamples));
    }

    [Fact]
    public void AllNoiseWhenNoPointIsCore()
    {
        var model = new DbscanClusterer(new DbscanOptions { Eps = 0.1, MinSamples = 2 }).Fit(Line);
        Assert.All(model.Labels, l => Assert.Equal(-1, l));
        Assert.Equal(0, model.ClusterCount);
        Assert.All(model.Predict(Line), l => Assert.Equal(-1, l));
    }

    [Fact]
    public void SavedModelPredictsIdentically()
    {
        var data = PointSets.Blobs(5, [[0, 0], [6, 6]], 80, 0.7, [20, 20]);
        var model = new DbscanClusterer(new DbscanOptions { Eps = 0.8, MinSamples = 4 }).Fit(data);
        var loaded = ToyData.RoundTrip(model);
        var probe = PointSets.Uniform(9, 200, 2);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Predict(probe), loaded.Predict(probe));
        Assert.Equal(model.Labels, loaded.Predict(data));
    }

    [Fact]
    public void ResultDoesNotDependOnThreadCount()
    {
        var data = PointSets.Blobs(11, [[0, 0, 0], [10, 10, 10], [20, 0, 10]], 700, 1.0);
        var one = new DbscanClusterer(new DbscanOptions { Eps = 0.7, MinSamples = 6, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new DbscanClusterer(new DbscanOptions { Eps = 0.7, MinSamples = 6 }).Fit(data);
        Assert.Equal(one.Labels, many.Labels);
        Assert.True(one.ClusterCount >= 3);
    }

    [Fact]
    public void TreeSearchWithDuplicatesAndTiesMatchesBruteForceOnAnyThreadCount()
    {
        // d = 4 takes the k-d tree path; coordinates on a 0.25 lattice give duplicates and pairs at exactly eps.
        var blobs = PointSets.Blobs(29, [[0, 0, 0, 0], [2, 2, 0, 0], [0, 3, 3, 1]], 400, 0.6);
        var data = new Matrix<double>(blobs.Rows, blobs.Cols, blobs.Values.Select(v => Math.Round(v * 4) / 4).ToArray());
        var expected = BruteForce(data, 0.5, 6);
        foreach (int threads in new[] { 1, 2, 4 })
        {
            var model = new DbscanClusterer(new DbscanOptions { Eps = 0.5, MinSamples = 6, MaxDegreeOfParallelism = threads }).Fit(data);
            Assert.Equal(expected, model.Labels);
        }

        Assert.True(expected.Max() >= 2);
        Assert.Contains(-1, expected);
    }

    [Theory]
    [InlineData(0.0, 5, "Eps")]
    [InlineData(-1.0, 5, "Eps")]
    [InlineData(double.NaN, 5, "Eps")]
    [InlineData(double.PositiveInfinity, 5, "Eps")]
    [InlineData(0.5, 0, "MinSamples")]
    public void BadParametersAreNamed(double eps, int minSamples, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => new DbscanClusterer(new DbscanOptions { Eps = eps, MinSamples = minSamples }).Fit(Line));
        Assert.Equal(parameter, ex.ParamName);
    }

    /// <summary>Textbook DBSCAN: flood fill over core points in index order, borders to the nearest core point.</summary>
    internal static int[] BruteForce(Matrix<double> data, double eps, int minSamples)
    {
        int n = data.Rows;
        bool Near(int a, int b) => PointSets.Distance2(data, a, data, b) <= eps * eps;
        var core = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Count(j => Near(i, j)) >= minSamples).ToArray();
        var labels = Enumerable.Repeat(-1, n).ToArray();
        int next = 0;
        for (int seed = 0; seed < n; seed++)
        {
            if (!core[seed] || labels[seed] >= 0)
            {
                continue;
            }

            var stack = new Stack<int>([seed]);
            labels[seed] = next;
            while (stack.TryPop(out int p))
            {
                for (int q = 0; q < n; q++)
                {
                    if (core[q] && labels[q] < 0 && Near(p, q))
                    {
                        labels[q] = next;
                        stack.Push(q);
                    }
                }
            }

            next++;
        }

        for (int i = 0; i < n; i++)
        {
            if (!core[i])
            {
                var nearest = Enumerable.Range(0, n).Where(j => core[j] && Near(i, j))
                    .OrderBy(j => PointSets.Distance2(data, i, data, j)).ThenBy(j => j).Take(1).ToArray();
                labels[i] = nearest.Length == 1 ? labels[nearest[0]] : -1;
            }
        }

        return labels;
    }

    [Fact]
    public void NonFiniteDataIsNamed()
    {
        var bad = Matrix<double>.FromRows([[0.0], [double.NaN]]);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new DbscanClusterer().Fit(bad)).ParamName);
    }
}
