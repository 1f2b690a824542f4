namespace CustomerAtlas.Bench.ScaleOut;

/// <summary>One target's run at one size, as a child process reports it (one JSON line).</summary>
/// <param name="Target">duckdb, ch1 (one shard) or ch2 (two shards).</param>
/// <param name="Events">Events in the generated log.</param>
/// <param name="Customers">Customers with at least one event (rows of the feature table).</param>
/// <param name="LoadSeconds">Bulk load (ClickHouse) or read into a table (DuckDB).</param>
/// <param name="FeatureSeconds">Per-customer features written back where the data lives.</param>
/// <param name="StartSeconds">k-means++ start on the reservoir sample, in process.</param>
/// <param name="IterationSeconds">All pushed-down iterations together.</param>
/// <param name="Iterations">Pushed-down iterations run.</param>
/// <param name="PeakRssMiB">Peak resident set of the client process (VmHWM).</param>
/// <param name="PhasePeaksMiB">Peak RSS after load, features, start and iterations.</param>
public sealed record ScaleOutMeasurement(
    string Target, long Events, long Customers, double LoadSeconds, double FeatureSeconds, double StartSeconds,
    double IterationSeconds, int Iterations, double PeakRssMiB, double[] PhasePeaksMiB)
{
    /// <summary>Seconds per pushed-down iteration.</summary>
    public double SecondsPerIteration => IterationSeconds / Iterations;
}
