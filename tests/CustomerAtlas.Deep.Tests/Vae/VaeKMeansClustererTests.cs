using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Deep.Vae;

namespace CustomerAtlas.Deep.Tests.Vae;

public class VaeKMeansClustererTests
{
    private static readonly (Matrix<double> Data, int[] Labels) Data = Blobs.Make();

    private static VaeOptions Options() => new() { K = 3, Autoencoder = Blobs.TinyNetwork(epochs: 60), KMeansRestarts = 3 };

    [Fact]
    public void KMeansOnLatentMeansRecoversSeparatedBlobs()
    {
        var model = new VaeKMeansClusterer(Options()).Fit(Data.Data);
        Assert.Equal("vae-kmeans", model.Algorithm);
        Assert.True(AdjustedRandIndex.Score(Data.Labels, [.. model.Labels]) > 0.95);
        Assert.Equal(model.Labels, model.Predict(Data.Data));
        Assert.True(model.PretrainLoss[^1] < model.PretrainLoss[0]);
    }

    [Fact]
    public void TheLatentSpaceFeedsAnyAlgorithm()
    {
        var (encoder, _) = VaeTrainer.Train(Data.Data, Options());
        var codes = encoder.Transform(Data.Data);
        Assert.Equal(Data.Data.Rows, codes.Rows);
        Assert.Equal(3, codes.Cols);
        Assert.All(codes.Values, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void TheSameSeedGivesTheSameEncoder()
    {
        var (first, _) = VaeTrainer.Train(Data.Data, Options());
        var (second, _) = VaeTrainer.Train(Data.Data, Options());
        Assert.Equal(first.Encode(Data.Data), second.Encode(Data.Data));
    }

    [Fact]
    public void NegativeBetaIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new VaeKMeansClusterer(Options() with { Beta = -1 }).Fit(Data.Data));
        Assert.Equal("Beta", ex.ParamName);
    }
}
