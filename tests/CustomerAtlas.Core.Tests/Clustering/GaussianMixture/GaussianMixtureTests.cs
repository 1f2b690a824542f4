using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Serialization;

namespace CustomerAtlas.Core.Tests.Clustering.GaussianMixture;

public class GaussianMixtureTests
{
    [Theory]
    [InlineData(CovarianceType.Full)]
    [InlineData(CovarianceType.Diagonal)]
    [InlineData(CovarianceType.Spherical)]
    public void RecoversWellSeparatedBlobs(CovarianceType type)
    {
        var (data, truth) = Blobs.Three(seed: 1);
        var model = new GaussianMixtureClusterer(new() { ComponentCount = 3, CovarianceType = type }).Fit(data);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, model.Labels), 12);
        Assert.Equal(model.Labels, model.Predict(data));
        Assert.True(model.Converged);
        Assert.Equal(1.0, model.Weights.Sum(), 12);
    }

    [Theory]
    [InlineData(CovarianceType.Full)]
    [InlineData(CovarianceType.Diagonal)]
    [InlineData(CovarianceType.Spherical)]
    public void LogLikelihoodNeverDecreases(CovarianceType type)
    {
        // Overlapping blobs so EM takes many iterations.
        var (data, _) = Blobs.Make(3, [[0, 0], [2.5, 0], [0, 2.5], [2, 2]], 80, 1.0);
        var model = new GaussianMixtureClusterer(new() { ComponentCount = 4, CovarianceType = type, Tolerance = 1e-8, RegCovar = 0 }).Fit(data);
        Assert.True(model.LowerBoundHistory.Count > 3);
        for (int i = 1; i < model.LowerBoundHistory.Count; i++)
        {
            Assert.True(model.LowerBoundHistory[i] >= model.LowerBoundHistory[i - 1] - 1e-10, $"iteration {i} decreased");
        }
    }

    [Fact]
    public void OneFullComponentIsTheSampleMeanAndCovariance()
    {
        // Rows (0,0) (2,0) (0,2) (2,2): mean (1,1), biased covariance diag(1,1), off-diagonal 0.
        var data = Matrix<double>.FromRows([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [2.0, 2.0]]);
        var model = new GaussianMixtureClusterer(new() { ComponentCount = 1, RegCovar = 0.5 }).Fit(data);
        Assert.Equal([1.0, 1.0], model.Means.Select(v => Math.Round(v, 12)));
        Assert.Equal([1.5, 0.0, 0.0, 1.5], model.Covariances.Select(v => Math.Round(v, 12)));

        // log N((0,0) | (1,1), 1.5 I) = −ln(2π) − ½ ln(2.25) − ½ · 2/1.5.
        double expected = -Math.Log(2 * Math.PI) - (0.5 * Math.Log(2.25)) - (1.0 / 1.5);
        Assert.Equal(expected, model.ScoreSamples(data)[0], 12);
    }

    [Fact]
    public void BicPicksTheNumberOfBlobs()
    {
        var (data, _) = Blobs.Three(seed: 4, perCluster: 80);
        var bic = Enumerable.Range(1, 5)
            .Select(k => new GaussianMixtureClusterer(new() { ComponentCount = k, CovarianceType = CovarianceType.Full }).Fit(data).Bic(data))
            .ToArray();
        Assert.Equal(2, Array.IndexOf(bic, bic.Min()));
        var aic = new GaussianMixtureClusterer(new() { ComponentCount = 3 }).Fit(data);
        Assert.True(aic.Aic(data) < aic.Bic(data)); // ln(240) > 2
    }

    [Fact]
    public void ProbabilitiesAreSoftMembershipsThatSumToOne()
    {
        var (data, _) = Blobs.Make(6, [[0, 0], [3, 0]], 50, 1.0);
        var model = new GaussianMixtureClusterer(new() { ComponentCount = 2 }).Fit(data);
        var p = model.PredictProbabilities(data);
        Assert.Equal(2, p.Cols);
        var labels = model.Predict(data);
        for (int i = 0; i < p.Rows; i++)
        {
            Assert.Equal(1.0, p[i, 0] + p[i, 1], 12);
            Assert.Equal(labels[i], p[i, 0] >= p[i, 1] ? 0 : 1);
        }

        // Points between the blobs are uncertain.
        var middle = model.PredictProbabilities(Matrix<double>.FromRows([[1.5, 0.0]]));
        Assert.InRange(middle[0, 0], 0.05, 0.95);
    }

    [Theory]
    [InlineData(CovarianceType.Full)]
    [InlineData(CovarianceType.Diagonal)]
    [InlineData(CovarianceType.Spherical)]
    public void SaveLoadRoundTripPredictsIdentically(CovarianceType type)
    {
        var (data, _) = Blobs.Make(7, [[0, 0, 0], [4, 1, 0], [0, 4, 2]], 40, 1.2);
        var model = new GaussianMixtureClusterer(new() { ComponentCount = 3, CovarianceType = type }).Fit(data);
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;
        var loaded = Assert.IsType<GaussianMixtureModel>(ModelFile.Load(stream));
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Predict(data), loaded.Predict(data));
        Assert.Equal(model.PredictProbabilities(data).Values, loaded.PredictProbabilities(data).Values);
        Assert.Equal(model.ScoreSamples(data), loaded.ScoreSamples(data));
        Assert.Equal(type, loaded.CovarianceType);
        Assert.Equal(model.LowerBoundHistory, loaded.LowerBoundHistory);
    }

    [Fact]
    public void SameSeedSameModelOnAnyThreadCount()
    {
        var (data, _) = Blobs.Make(8, [[0, 0], [3, 0], [0, 3]], 700, 1.0); // several row blocks
        var one = new GaussianMixtureClusterer(new() { ComponentCount = 3, MaxDegreeOfParallelism = 1, Seed = 5 }).Fit(data);
        var many = new GaussianMixtureClusterer(new() { ComponentCount = 3, MaxDegreeOfParallelism = 4, Seed = 5 }).Fit(data);
        Assert.Equal(one.Means, many.Means);
        Assert.Equal(one.Covariances, many.Covariances);
        Assert.Equal(one.LowerBoundHistory, many.LowerBoundHistory);
    }

    [Fact]
    public void MoreInitializationsNeverLowerTheLikelihood()
    {
        var (data, _) = Blobs.Make(9, [[0, 0], [2, 0], [0, 2], [2, 2], [1, 1]], 40, 0.6);
        var single = new GaussianMixtureClusterer(new() { ComponentCount = 5, InitCount = 1 }).Fit(data);
        var several = new GaussianMixtureClusterer(new() { ComponentCount = 5, InitCount = 4 }).Fit(data);
        Assert.True(several.LowerBound >= single.LowerBound);
    }

    [Fact]
    public void BadParametersAreNamed()
    {
        var (data, _) = Blobs.Three(seed: 1, perCluster: 5);
        ArgumentException Fit(GaussianMixtureOptions o, Matrix<double>? x = null) =>
            Assert.Throws<ArgumentException>(() => new GaussianMixtureClusterer(o).Fit(x ?? data));

        var all = Fit(new() { ComponentCount = 0, Tolerance = -1, RegCovar = double.NaN, MaxIterations = 0, InitCount = 0, MaxDegreeOfParallelism = 0 });
        Assert.Equal("ComponentCount", all.ParamName);
        foreach (var name in new[] { "Tolerance", "RegCovar", "MaxIterations", "InitCount", "MaxDegreeOfParallelism" })
        {
            Assert.Contains(name, all.Message);
        }

        Assert.Equal("ComponentCount", Fit(new() { ComponentCount = 16 }).ParamName);
        Assert.Equal("CovarianceType", Fit(new() { CovarianceType = (CovarianceType)9 }).ParamName);
        var nan = data.Clone();
        nan[3, 1] = double.NaN;
        Assert.Equal("data", Fit(new() { ComponentCount = 2 }, nan).ParamName);
        Assert.Equal("data", Fit(new() { ComponentCount = 2 }, new Matrix<double>(0, 2)).ParamName);

        var model = new GaussianMixtureClusterer(new() { ComponentCount = 3 }).Fit(data);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => model.Predict(new Matrix<double>(2, 5))).ParamName);
    }

    [Fact]
    public void ConstantColumnIsHandledByRegularization()
    {
        var (blobs, truth) = Blobs.Three(seed: 2);
        var data = new Matrix<double>(blobs.Rows, 3);
        for (int i = 0; i < blobs.Rows; i++)
        {
            data[i, 0] = blobs[i, 0];
            data[i, 1] = blobs[i, 1];
            data[i, 2] = 7.0;
        }

        var model = new GaussianMixtureClusterer(new() { ComponentCount = 3 }).Fit(data);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, model.Labels), 12);
    }
}
