using CustomerAtlas.Core.Clustering.BayesianGaussianMixture;
using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Serialization;

namespace CustomerAtlas.Core.Tests.Clustering.BayesianGaussianMixture;

public class BayesianGaussianMixtureTests
{
    [Theory]
    [InlineData(CovarianceType.Full)]
    [InlineData(CovarianceType.Diagonal)]
    public void SwitchesOffComponentsItDoesNotNeed(CovarianceType type)
    {
        var (data, truth) = Blobs.Three(seed: 1, perCluster: 80);
        var model = new BayesianGaussianMixtureClusterer(new() { MaxComponents = 8, CovarianceType = type }).Fit(data);
        Assert.Equal(3, model.ClusterCount);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, model.Labels), 12);
        Assert.Equal(model.Labels, model.Predict(data));

        // The switched-off components keep almost no weight.
        var inactive = Enumerable.Range(0, 8).Except(model.ActiveComponents);
        Assert.All(inactive, c => Assert.True(model.Weights[c] < 0.01, $"component {c} weight {model.Weights[c]}"));
        Assert.Equal(1.0, model.Weights.Sum(), 12);
    }

    [Fact]
    public void LowerBoundNeverDecreases()
    {
        var (data, _) = Blobs.Make(3, [[0, 0], [2.5, 0], [0, 2.5]], 60, 1.0);
        var model = new BayesianGaussianMixtureClusterer(new() { MaxComponents = 6, Tolerance = 1e-9, RegCovar = 0 }).Fit(data);
        Assert.True(model.LowerBoundHistory.Count > 3);
        for (int i = 1; i < model.LowerBoundHistory.Count; i++)
        {
            double previous = model.LowerBoundHistory[i - 1];
            Assert.True(model.LowerBoundHistory[i] >= previous - (1e-9 * Math.Abs(previous)), $"iteration {i} decreased");
        }
    }

    [Fact]
    public void ProbabilitiesCoverActiveClustersOnly()
    {
        var (data, _) = Blobs.Three(seed: 5, perCluster: 50);
        var model = new BayesianGaussianMixtureClusterer(new() { MaxComponents = 6 }).Fit(data);
        var far = Matrix<double>.FromRows([[500.0, -500.0]]);
        var p = model.PredictProbabilities(far);
        Assert.Equal(model.ClusterCount, p.Cols);
        Assert.Equal(1.0, p.Values.Sum(), 12);
        Assert.InRange(model.Predict(far)[0], 0, model.ClusterCount - 1);
    }

    [Theory]
    [InlineData(CovarianceType.Full)]
    [InlineData(CovarianceType.Diagonal)]
    public void SaveLoadRoundTripPredictsIdentically(CovarianceType type)
    {
        var (data, _) = Blobs.Make(7, [[0, 0, 0], [4, 1, 0], [0, 4, 2]], 40, 1.2);
        var model = new BayesianGaussianMixtureClusterer(new() { MaxComponents = 5, CovarianceType = type }).Fit(data);
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;
        var loaded = Assert.IsType<BayesianGaussianMixtureModel>(ModelFile.Load(stream));
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.ActiveComponents, loaded.ActiveComponents);
        Assert.Equal(model.PredictProbabilities(data).Values, loaded.PredictProbabilities(data).Values);
        Assert.Equal(model.Weights, loaded.Weights);
    }

    [Fact]
    public void SameSeedSameModelOnAnyThreadCount()
    {
        var (data, _) = Blobs.Make(8, [[0, 0], [3, 0], [0, 3]], 700, 1.0);
        var one = new BayesianGaussianMixtureClusterer(new() { MaxComponents = 5, MaxIterations = 25, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new BayesianGaussianMixtureClusterer(new() { MaxComponents = 5, MaxIterations = 25, MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(one.Means, many.Means);
        Assert.Equal(one.LowerBoundHistory, many.LowerBoundHistory);
    }

    [Fact]
    public void BadParametersAreNamed()
    {
        var (data, _) = Blobs.Three(seed: 1, perCluster: 5);
        ArgumentException Fit(BayesianGaussianMixtureOptions o) =>
            Assert.Throws<ArgumentException>(() => new BayesianGaussianMixtureClusterer(o).Fit(data));

        var all = Fit(new() { MaxComponents = 0, CovarianceType = CovarianceType.Spherical, WeightConcentrationPrior = 0, MeanPrecisionPrior = -1 });
        Assert.Equal("MaxComponents", all.ParamName);
        Assert.Contains("CovarianceType", all.Message);
        Assert.Contains("WeightConcentrationPrior", all.Message);
        Assert.Contains("MeanPrecisionPrior", all.Message);
        Assert.Equal("MaxComponents", Fit(new() { MaxComponents = 16 }).ParamName);
        Assert.Equal("DegreesOfFreedomPrior", Fit(new() { DegreesOfFreedomPrior = 0.5 }).ParamName);
    }
}
