namespace CustomerAtlas.Pipeline.Pushdown;

/// <summary>
/// How k-means ran inside the engine (saved in model.json as <c>pushdown</c>): k and the start were chosen in
/// process on a sample, then every iteration was one scan of the model-space table in the cluster.
/// </summary>
/// <param name="Engine">The engine the iterations ran in ("clickhouse").</param>
/// <param name="SampleSize">Customers the in-process choice of k (or algorithm) and the start saw.</param>
/// <param name="Customers">Customers the pushed-down iterations covered (all of them).</param>
/// <param name="Iterations">Engine scans run.</param>
/// <param name="Converged">True when the last scan moved no centroid farther than the tolerance.</param>
/// <param name="EngineCounts">Customers per segment in the engine's last scan.</param>
public sealed record PushdownRecord(string Engine, int SampleSize, long Customers, int Iterations, bool Converged, IReadOnlyList<long> EngineCounts);
