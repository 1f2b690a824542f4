using CustomerAtlas.Core.Clustering.KMedoids;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Tests.Support;

namespace CustomerAtlas.Core.Tests.Clustering.KMedoids;

public class KMedoidsTests
{
    private static readonly Matrix<double> Toy = Matrix<double>.FromRows(
    [
        [0.0, 0.0], [1.0, 0.2], [0.3, 1.1], [1.4, 1.0],
        [6.0, 5.0], [7.0, 5.5], [6.2, 6.4],
        [3.5, 2.5],
        [0.0, 9.0], [1.0, 9.5],
    ]);

    [Theory]
    [InlineData(1, DistanceMetric.Euclidean)]
    [InlineData(2, DistanceMetric.Euclidean)]
    [InlineData(3, DistanceMetric.Euclidean)]
    [InlineData(3, DistanceMetric.Manhattan)]
    [InlineData(4, DistanceMetric.Cosine)]
    public void FindsTheBruteForceOptimumOnATinyCase(int k, DistanceMetric metric)
    {
        var distance = Distance.For(metric);
        var model = new KMedoidsClusterer(new() { ClusterCount = k, Distance = distance }).Fit(Toy);
        var (bestSet, bestCost) = BruteForce(Toy, k, distance);
        Assert.Equal(bestCost, model.Cost, 4);
        Assert.Equal(bestSet, model.MedoidIndices.Order().ToArray());
    }

    [Fact]
    public void LabelsAreNearestMedoidsAndPredictAgreesAfterSaveLoad()
    {
        var model = new KMedoidsClusterer(new() { ClusterCount = 3 }).Fit(Toy);
        Assert.Equal(model.Labels, model.Predict(Toy));
        for (int c = 0; c < model.ClusterCount; c++)
        {
            Assert.Equal(c, model.Labels[model.MedoidIndices[c]]);
        }

        var loaded = ToyData.RoundTrip(model);
        Assert.Equal(model.MedoidIndices, loaded.MedoidIndices);
        Assert.Equal(model.Predict(Toy), loaded.Predict(Toy));
        Assert.IsType<EuclideanDistance>(loaded.Distance);
    }

    [Fact]
    public void GowerMedoidsSeparateAMixedToyAndReload()
    {
        // Two groups: young on plan 0, old on plan 1; one missing income.
        var numeric = Matrix<double>.FromRows([[22, 30], [25, 35], [24, double.NaN], [61, 80], [58, 75], [65, 90]]);
        var data = new MixedData(numeric, [0, 0, 0, 1, 1, 1], 1);
        var gower = GowerDistance.Fit(data);
        var rows = data.ToCombined();
        var model = new KMedoidsClusterer(new() { ClusterCount = 2, Distance = gower }).Fit(rows);
        Assert.True(ToyData.SamePartition([0, 0, 0, 1, 1, 1], model.Labels));

        var loaded = ToyData.RoundTrip(model);
        var gowerBack = Assert.IsType<GowerDistance>(loaded.Distance);
        Assert.Equal(gower.NumericRanges, gowerBack.NumericRanges);
        Assert.Equal(model.Predict(rows), loaded.Predict(rows));
    }

    [Fact]
    public void SameAnswerOnOneAndManyThreads()
    {
        var (data, _) = ToyData.Blobs([[0, 0], [5, 5], [0, 6], [6, 0]], 150, 1.5, 5);
        var one = new KMedoidsClusterer(new() { ClusterCount = 4, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new KMedoidsClusterer(new() { ClusterCount = 4, MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(one.MedoidIndices, many.MedoidIndices);
        Assert.Equal(one.Labels, many.Labels);
    }

    [Fact]
    public void BadParametersAreNamed()
    {
        Assert.Equal("ClusterCount", Assert.Throws<ArgumentException>(() => new KMedoidsClusterer(new() { ClusterCount = 0 }).Fit(Toy)).ParamName);
        Assert.Equal("ClusterCount", Assert.Throws<ArgumentException>(() => new KMedoidsClusterer(new() { ClusterCount = 11 }).Fit(Toy)).ParamName);
        Assert.Equal("Distance", Assert.Throws<ArgumentException>(() => new KMedoidsClusterer(new() { Distance = null! }).Fit(Toy)).ParamName);
        Assert.Equal("MaxSwapPasses", Assert.Throws<ArgumentException>(() => new KMedoidsClusterer(new() { MaxSwapPasses = -1 }).Fit(Toy)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new KMedoidsClusterer().Fit(Matrix<double>.FromRows([[double.NaN, 1.0]]))).ParamName);
    }

    private static (int[] Set, double Cost) BruteForce(Matrix<double> data, int k, IDistance distance)
    {
        int n = data.Rows;
        int[] best = [];
        double bestCost = double.PositiveInfinity;
        foreach (var set in Combinations(n, k))
        {
            double cost = 0;
            for (int i = 0; i < n; i++)
            {
                cost += set.Min(m => (double)(float)distance.Compute(data.RowReadOnly(i), data.RowReadOnly(m)));
            }

            if (cost < bestCost - 1e-9)
            {
                bestCost = cost;
                best = set;
            }
        }

        return (best, bestCost);
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (int last = k - 1; last < n; last++)
        {
            foreach (var head in Combinations(last, k - 1))
            {
                yield return [.. head, last];
            }
        }
    }
}
