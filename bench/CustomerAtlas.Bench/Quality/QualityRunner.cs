using System.Diagnostics;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// Runs every selected algorithm on every selected set under the suite's protocol: standardized
/// data, k = each reference labelling's k, ARI on the rows that labelling does not call noise
/// (label 0), best over labellings.
/// </summary>
internal static class QualityRunner
{
    public static IEnumerable<DatasetResult> Run(QualityOptions options, IReadOnlyList<IQualityAdapter> adapters, TextWriter log)
    {
        foreach (string battery in options.Batteries)
        {
            foreach (string name in DatasetReader.List(options.DataDirectory, battery))
            {
                if (options.Sets.Count > 0 && !options.Sets.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                var dataset = DatasetReader.Load(options.DataDirectory, battery, name);
                if (options.Quick && dataset.Data.Rows > options.QuickRowLimit)
                {
                    continue;
                }

                var standardized = ZScore.Standardize(dataset.Data);
                foreach (var adapter in adapters)
                {
                    var result = RunOne(dataset, adapter.UsesRawData ? dataset.Data : standardized, adapter, options);
                    if (options.Verbose)
                    {
                        log.WriteLine(
                            $"{battery,-6} {name,-20} n={result.Rows,-7} k={result.K,-4} {adapter.Name,-14} "
                            + $"{(result.Ari is { } a ? a.ToString("F4") : result.Status),-8} {result.Seconds,8:F2}s {adapter.LastChoice}");
                    }

                    yield return result;
                }
            }
        }
    }

    private static DatasetResult RunOne(BenchmarkDataset dataset, Matrix<double> data, IQualityAdapter adapter, QualityOptions options)
    {
        int n = data.Rows;
        int firstK = dataset.Labellings[0].Max();
        DatasetResult Result(double? ari, double seconds, string status) =>
            new(dataset.Battery, dataset.Name, n, data.Cols, firstK, adapter.Name, ari, seconds, status);

        if (adapter.Quadratic && n > options.QuadraticRowLimit)
        {
            return Result(null, 0, "skip-n");
        }

        double best = double.NegativeInfinity;
        var clock = Stopwatch.StartNew();
        foreach (int k in dataset.DistinctK)
        {
            using var cap = new CancellationTokenSource(options.TimeCap);
            int[] predicted;
            try
            {
                predicted = adapter.Cluster(data, k, options.Seed, cap.Token);
            }
            catch (OperationCanceledException)
            {
                return Result(null, clock.Elapsed.TotalSeconds, "timeout");
            }
            catch (ArgumentException ex)
            {
                return Result(null, clock.Elapsed.TotalSeconds, "error: " + ex.Message.Split('.')[0]);
            }

            foreach (var reference in dataset.Labellings.Where(l => l.Max() == k))
            {
                best = Math.Max(best, AriWithoutNoise(reference, predicted));
            }
        }

        return Result(best, clock.Elapsed.TotalSeconds, "ok");
    }

    /// <summary>ARI over the rows whose reference label is not 0 (noise).</summary>
    public static double AriWithoutNoise(int[] reference, int[] predicted)
    {
        var keptReference = new List<int>(reference.Length);
        var keptPredicted = new List<int>(reference.Length);
        for (int i = 0; i < reference.Length; i++)
        {
            if (reference[i] != 0)
            {
                keptReference.Add(reference[i]);
                keptPredicted.Add(predicted[i]);
            }
        }

        return AdjustedRandIndex.Score(keptReference, keptPredicted);
    }
}
