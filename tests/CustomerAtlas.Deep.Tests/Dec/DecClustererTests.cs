using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Serialization;
using CustomerAtlas.Deep.Autoencoder;
using CustomerAtlas.Deep.Dec;
using CustomerAtlas.Deep.Model;
using CustomerAtlas.Deep.Torch;

namespace CustomerAtlas.Deep.Tests.Dec;

public class DecClustererTests
{
    private static readonly (Matrix<double> Data, int[] Labels) Data = Blobs.Make();

    private static DecOptions Options(DecVariant variant = DecVariant.Idec) => new()
    {
        K = 3,
        Variant = variant,
        Autoencoder = Blobs.TinyNetwork(),
        MaxClusteringEpochs = 15,
        KMeansRestarts = 3,
    };

    private static readonly Lazy<DeepClusterModel> Fitted = new(() => new DecClusterer(Options()).Fit(Data.Data));

    [Fact]
    public void IdecRecoversSeparatedBlobs()
    {
        var model = Fitted.Value;
        Assert.Equal("idec", model.Algorithm);
        Assert.Equal(3, model.ClusterCount);
        Assert.Equal(6, model.FeatureCount);
        Assert.True(AdjustedRandIndex.Score(Data.Labels, [.. model.Labels]) > 0.95);
    }

    [Fact]
    public void DecVariantRecoversSeparatedBlobs()
    {
        var model = new DecClusterer(Options(DecVariant.Dec)).Fit(Data.Data);
        Assert.Equal("dec", model.Algorithm);
        Assert.True(AdjustedRandIndex.Score(Data.Labels, [.. model.Labels]) > 0.95);
    }

    [Fact]
    public void PretrainingLossDecreases()
    {
        var loss = Fitted.Value.PretrainLoss;
        Assert.Equal(40, loss.Count);
        Assert.True(loss[^1] < loss[0] * 0.5, $"loss went from {loss[0]} to {loss[^1]}");
        Assert.NotEmpty(Fitted.Value.ClusteringLoss);
    }

    [Fact]
    public void PredictOnTheTrainingDataReproducesTheLabels()
    {
        Assert.Equal(Fitted.Value.Labels, Fitted.Value.Predict(Data.Data));
    }

    [Fact]
    public void SoftAssignmentsAreProbabilitiesWhoseArgmaxIsTheLabel()
    {
        var model = Fitted.Value;
        var q = model.PredictProbabilities(Data.Data);
        for (int i = 0; i < Data.Data.Rows; i++)
        {
            var row = q.AsSpan(i * 3, 3);
            Assert.Equal(1.0, row[0] + row[1] + row[2], 9);
            int argmax = row.IndexOf(Math.Max(row[0], Math.Max(row[1], row[2])));
            Assert.Equal(model.Labels[i], argmax);
        }
    }

    [Fact]
    public void SavedModelLoadsBackAndPredictsIdentically()
    {
        DeepModels.Register();
        var model = Fitted.Value;
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;
        var loaded = Assert.IsType<DeepClusterModel>(ModelFile.Load(stream));
        Assert.Equal(model.Algorithm, loaded.Algorithm);
        Assert.Equal(model.Centroids, loaded.Centroids);
        Assert.Equal(model.Predict(Data.Data), loaded.Predict(Data.Data));
        Assert.Equal(model.PredictProbabilities(Data.Data), loaded.PredictProbabilities(Data.Data));
    }

    [Fact]
    public void TheSameSeedGivesTheSameModel()
    {
        var again = new DecClusterer(Options()).Fit(Data.Data);
        Assert.Equal(Fitted.Value.Centroids, again.Centroids);
        Assert.Equal(Fitted.Value.Labels, again.Labels);
        Assert.Equal(Fitted.Value.ClusteringLoss, again.ClusteringLoss);
    }

    [Fact]
    public void ProgressIsReportedPerEpoch()
    {
        var reports = new List<TrainingProgress>();
        var options = Options() with { Autoencoder = Blobs.TinyNetwork(epochs: 5), MaxClusteringEpochs = 2, Tolerance = 0 };
        new DecClusterer(options).Fit(Data.Data, new SynchronousProgress(reports.Add));
        Assert.Equal(5, reports.Count(r => r.Stage == "pretrain"));
        Assert.Equal(2, reports.Count(r => r.Stage == "cluster"));
        Assert.All(reports, r => Assert.True(double.IsFinite(r.Loss)));
    }

    [Theory]
    [InlineData(0, 0.0, "K")]
    [InlineData(3, 1.0, "Dropout")]
    public void BadOptionsNameTheParameter(int k, double dropout, string parameter)
    {
        var options = Options() with { K = k, Autoencoder = Blobs.TinyNetwork() with { Dropout = dropout } };
        var ex = Assert.Throws<ArgumentException>(() => new DecClusterer(options).Fit(Data.Data));
        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void AllOptionProblemsAreReportedAtOnce()
    {
        var options = Options() with { K = 0, Alpha = -1, Autoencoder = Blobs.TinyNetwork() with { BatchSize = 0 } };
        var ex = Assert.Throws<ArgumentException>(() => new DecClusterer(options).Fit(Data.Data));
        Assert.Contains("Alpha", ex.Message);
        Assert.Contains("BatchSize", ex.Message);
    }

    [Fact]
    public void MoreClustersThanRowsIsRejected()
    {
        var tiny = Matrix<double>.FromRows([[1.0, 2], [3, 4]]);
        var ex = Assert.Throws<ArgumentException>(() => new DecClusterer(Options()).Fit(tiny));
        Assert.Equal("K", ex.ParamName);
    }

    [Fact]
    public void NonFiniteDataIsRejected()
    {
        var bad = Matrix<double>.FromRows([[1.0, double.NaN], [3, 4], [5, 6]]);
        var ex = Assert.Throws<ArgumentException>(() => new DecClusterer(Options()).Fit(bad));
        Assert.Equal("data", ex.ParamName);
    }

    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
