namespace CustomerAtlas.Data.Pushdown;

/// <summary>What k-means inside the engine learned.</summary>
/// <param name="Centroids">Final centroids, one array of feature values per cluster.</param>
/// <param name="Counts">Rows assigned to each cluster by the last scan.</param>
/// <param name="Iterations">Engine scans run.</param>
/// <param name="Converged">True when the last scan moved no centroid farther than the tolerance.</param>
/// <param name="SampleSize">Rows pulled into the client to choose the start (recorded for the model file).</param>
/// <param name="Features">The feature columns, in centroid order.</param>
public sealed record PushdownKMeansResult(
    double[][] Centroids, long[] Counts, int Iterations, bool Converged, int SampleSize, IReadOnlyList<string> Features);
