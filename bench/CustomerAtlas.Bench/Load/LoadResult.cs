namespace CustomerAtlas.Bench.Load;

/// <summary>What one target saw during a load check.</summary>
/// <param name="Name">The target's label.</param>
/// <param name="Requests">Requests completed (errors included).</param>
/// <param name="Errors">Requests that failed or were not 2xx.</param>
/// <param name="Seconds">Length of the measured period.</param>
/// <param name="P50Ms">Median latency in milliseconds.</param>
/// <param name="P99Ms">99th-percentile latency in milliseconds.</param>
/// <param name="MaxMs">Slowest request in milliseconds.</param>
internal sealed record LoadResult(string Name, long Requests, long Errors, double Seconds, double P50Ms, double P99Ms, double MaxMs)
{
    /// <summary>Requests per second.</summary>
    public double Throughput => Requests / Seconds;
}
