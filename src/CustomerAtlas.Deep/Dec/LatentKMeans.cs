using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Deep.Dec;

/// <summary>Places cluster centres on latent codes with the library's k-means.</summary>
internal static class LatentKMeans
{
    /// <summary>k-means++ with <paramref name="restarts"/> restarts; returns [k × latent] centres as float32.</summary>
    public static float[] Centres(Matrix<double> codes, int k, int restarts, int seed)
    {
        var model = new KMeans(new KMeansOptions { K = k, NInit = restarts, Seed = seed }).Fit(codes);
        var centres = new float[k * codes.Cols];
        for (int c = 0; c < k; c++)
        {
            for (int j = 0; j < codes.Cols; j++)
            {
                centres[(c * codes.Cols) + j] = (float)model.Centroids[c][j];
            }
        }

        return centres;
    }
}
