using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Deep.Tests;

/// <summary>Well-separated Gaussian blobs with known labels, small enough for fast deep fits.</summary>
internal static class Blobs
{
    public static (Matrix<double> Data, int[] Labels) Make(int perCluster = 100, int clusters = 3, int features = 6, int seed = 7)
    {
        var random = new Random(seed);
        var data = new Matrix<double>(perCluster * clusters, features);
        var labels = new int[data.Rows];
        for (int i = 0; i < data.Rows; i++)
        {
            int c = i % clusters;
            labels[i] = c;
            for (int j = 0; j < features; j++)
            {
                double centre = j % clusters == c ? 4.0 : -1.0;
                double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
                data[i, j] = centre + (0.5 * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
            }
        }

        return (data, labels);
    }

    /// <summary>A network small enough that a test fit takes well under a second.</summary>
    public static CustomerAtlas.Deep.Autoencoder.AutoencoderOptions TinyNetwork(int epochs = 40) => new()
    {
        HiddenLayers = [16, 16, 32],
        LatentDimension = 3,
        PretrainEpochs = epochs,
        BatchSize = 64,
    };
}
