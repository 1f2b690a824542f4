using CustomerAtlas.Core.Clustering.KPrototypes;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Tests.Support;

namespace CustomerAtlas.Core.Tests.Clustering.KPrototypes;

public class KPrototypesTests
{
    /// <summary>Two segments: young, low spend, plan 0, channel 2 vs older, high spend, plan 1, channel 5; with a little overlap noise.</summary>
    private static (MixedData Data, int[] Truth) Segments(int perGroup, int seed)
    {
        var random = new Random(seed);
        var numeric = new Matrix<double>(2 * perGroup, 2);
        var codes = new int[2 * perGroup * 2];
        var truth = new int[2 * perGroup];
        for (int i = 0; i < 2 * perGroup; i++)
        {
            int g = i / perGroup;
            truth[i] = g;
            numeric[i, 0] = (g == 0 ? 25 : 55) + (4 * ToyData.Gaussian(random));
            numeric[i, 1] = (g == 0 ? 100 : 400) + (40 * ToyData.Gaussian(random));
            codes[2 * i] = random.NextDouble() < 0.9 ? g : 1 - g;
            codes[(2 * i) + 1] = g == 0 ? 2 : 5;
        }

        return (new MixedData(numeric, codes, 2), truth);
    }

    [Fact]
    public void SeparatesAClearMixedToy()
    {
        var (data, truth) = Segments(60, 3);
        var model = new KPrototypesClusterer(new() { ClusterCount = 2 }).Fit(data);
        Assert.True(ToyData.SamePartition(truth, model.Labels));
        Assert.Equal(model.Labels, model.Predict(data));
        // The modes follow the segments.
        int young = model.Labels[0];
        Assert.Equal(2, model.CategoricalPrototypes[(young * 2) + 1]);
        Assert.Equal(5, model.CategoricalPrototypes[((1 - young) * 2) + 1]);
    }

    [Fact]
    public void DefaultGammaIsHalfTheMeanNumericStandardDeviation()
    {
        // Column stds (population): [1, 3] for values {0, 2} and {0, 6}; mean 2 -> gamma 1.
        var data = new MixedData(Matrix<double>.FromRows([[0.0, 0.0], [2.0, 6.0]]), [0, 1], 1);
        var model = new KPrototypesClusterer(new() { ClusterCount = 1 }).Fit(data);
        Assert.Equal(1.0, model.Gamma, 12);
    }

    [Fact]
    public void CombinedMatrixFitMatchesMixedFitAndSurvivesSaveLoad()
    {
        var (data, _) = Segments(30, 9);
        var combined = data.ToCombined();
        var viaMatrix = new KPrototypesClusterer(new() { ClusterCount = 2, CategoricalColumns = [2, 3] }).Fit(combined);
        var viaMixed = new KPrototypesClusterer(new() { ClusterCount = 2 }).Fit(data);
        Assert.Equal(viaMixed.Labels, viaMatrix.Labels);

        var loaded = ToyData.RoundTrip(viaMatrix);
        Assert.Equal(viaMatrix.CategoricalColumns, loaded.CategoricalColumns);
        Assert.Equal(viaMatrix.Predict(combined), loaded.Predict(combined));
        Assert.Equal(viaMatrix.NumericPrototypes, loaded.NumericPrototypes);
    }

    [Fact]
    public void DistancesAreTheRootOfTheMixedCostAndTheirMinimumIsThePrediction()
    {
        var (data, _) = Segments(30, 9);
        var combined = data.ToCombined();
        var model = new KPrototypesClusterer(new() { ClusterCount = 2, CategoricalColumns = [2, 3] }).Fit(combined);
        var distances = model.Distances(combined);
        var predicted = model.Predict(combined);
        for (int i = 0; i < combined.Rows; i++)
        {
            int nearest = distances[i, 0] <= distances[i, 1] ? 0 : 1;
            Assert.Equal(predicted[i], nearest);
        }

        // Row 0 by hand against prototype 0: squared numeric distance plus gamma per mismatched code.
        double dx = combined[0, 0] - model.NumericPrototypes[0];
        double dy = combined[0, 1] - model.NumericPrototypes[1];
        int mismatches = (combined[0, 2] != model.CategoricalPrototypes[0] ? 1 : 0) + (combined[0, 3] != model.CategoricalPrototypes[1] ? 1 : 0);
        Assert.Equal(Math.Sqrt((dx * dx) + (dy * dy) + (model.Gamma * mismatches)), distances[0, 0], 9);
    }

    [Fact]
    public void SameSeedSameAnswerOnOneAndManyThreads()
    {
        var (data, _) = Segments(700, 4);
        var one = new KPrototypesClusterer(new() { ClusterCount = 3, Seed = 7, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new KPrototypesClusterer(new() { ClusterCount = 3, Seed = 7, MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.Cost, many.Cost);
    }

    [Fact]
    public void BadParametersAndIncompleteDataAreNamed()
    {
        var (data, _) = Segments(5, 1);
        Assert.Equal("ClusterCount", Assert.Throws<ArgumentException>(() => new KPrototypesClusterer(new() { ClusterCount = 0 }).Fit(data)).ParamName);
        Assert.Equal("ClusterCount", Assert.Throws<ArgumentException>(() => new KPrototypesClusterer(new() { ClusterCount = 11 }).Fit(data)).ParamName);
        Assert.Equal("Gamma", Assert.Throws<ArgumentException>(() => new KPrototypesClusterer(new() { Gamma = -1 }).Fit(data)).ParamName);
        Assert.Equal("Initializations", Assert.Throws<ArgumentException>(() => new KPrototypesClusterer(new() { Initializations = 0 }).Fit(data)).ParamName);
        var missing = new MixedData(Matrix<double>.FromRows([[1.0], [2.0]]), [0, MixedData.MissingCode], 1);
        var ex = Assert.Throws<ArgumentException>(() => new KPrototypesClusterer().Fit(missing));
        Assert.Equal("data", ex.ParamName);
        Assert.Contains("row 1", ex.Message);
    }
}
