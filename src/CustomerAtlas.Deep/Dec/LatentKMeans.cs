using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Deep.Dec;

/// <summary>Places the initial cluster centres on latent codes with the library's k-means.</summary>
internal static class LatentKMeans
{
    /// <summary>k-means++ with <paramref name="restarts"/> restarts; returns [k × latent] centres.</summary>
    public static float[] Centres(Matrix<double> codes, int k, int restarts, int seed)
    {
        throw new NotImplementedException();
    }
}
