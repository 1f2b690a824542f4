using System.Globalization;

namespace CustomerAtlas.Bench.ScaleOut;

/// <summary>
/// The paper calculation of issue 9: 1B events (at the measured events per customer) over N shards, from the
/// one-shard throughput measured in the same run. Each phase is a per-shard scan of that shard's part of the
/// data, so its time divides by N; the load divides by N when each shard has its own loader.
/// </summary>
public static class BillionEventEstimate
{
    private const double BillionEvents = 1e9;
    private static readonly int[] ShardCounts = [1, 2, 10, 50, 100];

    /// <summary>Prints the rates and the estimate table.</summary>
    public static void Print(ScaleOutMeasurement oneShard, ScaleOutMeasurement? twoShards)
    {
        ArgumentNullException.ThrowIfNull(oneShard);
        double customers = BillionEvents * oneShard.Customers / oneShard.Events;
        double loadRate = oneShard.Events / oneShard.LoadSeconds;
        double featureRate = oneShard.Events / oneShard.FeatureSeconds;
        double iterationRate = oneShard.Customers / oneShard.SecondsPerIteration;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(inv,
            $"Per-shard rates measured on one shard ({oneShard.Events:N0} events): load {loadRate:N0} events/s (one loader), features {featureRate:N0} events/s, one k-means iteration {iterationRate:N0} customers/s."));
        if (twoShards is not null)
        {
            Console.WriteLine(string.Create(inv,
                $"Two shards on the same 2 cores vs one: load {oneShard.LoadSeconds / twoShards.LoadSeconds:F2}x, features {oneShard.FeatureSeconds / twoShards.FeatureSeconds:F2}x, iterations {oneShard.IterationSeconds / twoShards.IterationSeconds:F2}x faster (both servers share the cores here)."));
        }

        Console.WriteLine(string.Create(inv, $"Paper estimate for 1,000,000,000 events ({customers:N0} customers), one shard per machine of this kind, one loader per shard:"));
        Console.WriteLine("| shards | load | features | one iteration | 20 iterations | total |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (int n in ShardCounts)
        {
            double load = BillionEvents / (loadRate * n);
            double features = BillionEvents / (featureRate * n);
            double iteration = customers / (iterationRate * n);
            Console.WriteLine(string.Create(inv,
                $"| {n} | {Duration(load)} | {Duration(features)} | {Duration(iteration)} | {Duration(20 * iteration)} | {Duration(load + features + (20 * iteration))} |"));
        }
    }

    private static string Duration(double seconds) =>
        seconds >= 3600 ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:F1} h")
        : seconds >= 120 ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:F1} min")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds:F1} s");
}
