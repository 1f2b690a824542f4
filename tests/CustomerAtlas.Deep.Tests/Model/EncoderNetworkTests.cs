using CustomerAtlas.Deep.Autoencoder;
using CustomerAtlas.Deep.Model;
using static TorchSharp.torch;

namespace CustomerAtlas.Deep.Tests.Model;

public class EncoderNetworkTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PlainCSharpEncoderMatchesLibTorch(bool batchNorm)
    {
        var (data, _) = Blobs.Make(perCluster: 20);
        manual_seed(11);
        using var autoencoder = new DenseAutoencoder(data.Cols, Blobs.TinyNetwork() with { BatchNorm = batchNorm });
        if (batchNorm)
        {
            // One training-mode pass moves the running statistics away from their (0, 1) start.
            autoencoder.train();
            using var warm = tensor(data.Values.Select(v => (float)v).ToArray(), [data.Rows, data.Cols]);
            autoencoder.forward(warm).Dispose();
        }

        autoencoder.eval();
        using var x = tensor(data.Values.Select(v => (float)v).ToArray(), [data.Rows, data.Cols]);
        var expected = autoencoder.Encode(x).data<float>().ToArray();
        var actual = new LatentEncoder(autoencoder.ExportEncoder()).Encode(data);
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 4);
        }
    }

    [Fact]
    public void WrongFeatureCountIsRejected()
    {
        var layer = new DenseLayer(2, 1, [1f, 1f], [0f], null, relu: false);
        var ex = Assert.Throws<ArgumentException>(() => new LatentEncoder([layer]).Encode(Core.Data.Matrix<double>.FromRows([[1.0, 2, 3]])));
        Assert.Equal("data", ex.ParamName);
    }

    [Fact]
    public void HandComputedLayerWithReLU()
    {
        // y = relu([[1, -1], [2, 0]] · (3, 5) + (0.5, -7)) = relu(-1.5, -1) = (0, 0); then identity layer sums.
        var first = new DenseLayer(2, 2, [1f, -1f, 2f, 0f], [0.5f, 1f], null, relu: true);
        var second = new DenseLayer(2, 1, [1f, 1f], [0f], null, relu: false);
        var codes = new LatentEncoder([first, second]).Encode(Core.Data.Matrix<double>.FromRows([[3.0, 5]]));
        Assert.Equal(0f + 7f, codes[0]);
    }
}
