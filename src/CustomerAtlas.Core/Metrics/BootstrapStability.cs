using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Stability of a clustering procedure under resampling: the procedure is refitted on random
/// subsets of the rows and the resulting partitions are compared with each other (ARI on the
/// rows two subsets share) and with the full-data partition (per-cluster Jaccard). Resamples
/// are drawn from one seeded stream and fitted one after another, so the result depends only
/// on the seed and on the fitter being deterministic.
/// </summary>
public static class BootstrapStability
{
    private const int NotSampled = int.MinValue;

    /// <summary>Refits <paramref name="fit"/> on resamples of <paramref name="data"/> and scores agreement.</summary>
    /// <param name="data">The rows.</param>
    /// <param name="fit">Fits the clustering procedure under test (it should carry its own fixed seed).</param>
    /// <param name="options">Resampling settings (default <see cref="StabilityOptions"/>).</param>
    /// <param name="cancellationToken">Checked between fits.</param>
    public static StabilityResult Evaluate(
        Matrix<double> data,
        Func<Matrix<double>, IClusterModel> fit,
        StabilityOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new StabilityOptions();
        options.Validate();
        DataChecks.EnsureUsable(data);
        ArgumentNullException.ThrowIfNull(fit);
        int n = data.Rows;
        int sampleSize = (int)Math.Round(options.SampleFraction * n);
        if (sampleSize < 2)
        {
            throw new ArgumentException($"A {options.SampleFraction} resample of {n} rows has fewer than 2 rows.", nameof(data));
        }

        int[] reference = [.. fit(data).Labels];
        var random = Seeds.Create(options.Seed);
        var resampleLabels = new int[options.Resamples][];
        for (int r = 0; r < options.Resamples; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int[] rows = Selection.RowSampler.Sample(n, sampleSize, random);
            var labels = fit(data.SelectRows(rows)).Labels;
            var full = new int[n];
            Array.Fill(full, NotSampled);
            for (int i = 0; i < rows.Length; i++)
            {
                full[rows[i]] = labels[i];
            }

            resampleLabels[r] = full;
        }

        var toReference = resampleLabels.Select(l => AriOnOverlap(reference, l)).ToArray();
        double pairSum = 0;
        int pairs = 0;
        for (int a = 0; a < resampleLabels.Length; a++)
        {
            for (int b = a + 1; b < resampleLabels.Length; b++)
            {
                pairSum += AriOnOverlap(resampleLabels[a], resampleLabels[b]);
                pairs++;
            }
        }

        return new StabilityResult(pairSum / pairs, toReference, ClusterJaccard(reference, resampleLabels), reference);
    }

    private static double AriOnOverlap(int[] first, int[] second)
    {
        var a = new List<int>();
        var b = new List<int>();
        for (int i = 0; i < first.Length; i++)
        {
            if (first[i] != NotSampled && second[i] != NotSampled)
            {
                a.Add(first[i]);
                b.Add(second[i]);
            }
        }

        return a.Count == 0 ? double.NaN : AdjustedRandIndex.Score(a, b);
    }

    private static double[] ClusterJaccard(int[] reference, int[][] resamples)
    {
        int k = reference.Length == 0 ? 0 : Math.Max(0, reference.Max() + 1);
        var total = new double[k];
        var counted = new int[k];
        foreach (int[] labels in resamples)
        {
            // Intersections and sizes among the rows this resample holds (noise rows join no cluster).
            var intersection = new Dictionary<(int Reference, int Resample), int>();
            var referenceSize = new int[k];
            var resampleSize = new Dictionary<int, int>();
            for (int i = 0; i < reference.Length; i++)
            {
                if (labels[i] == NotSampled)
                {
                    continue;
                }

                if (labels[i] >= 0)
                {
                    resampleSize[labels[i]] = resampleSize.GetValueOrDefault(labels[i]) + 1;
                }

                if (reference[i] >= 0)
                {
                    referenceSize[reference[i]]++;
                    if (labels[i] >= 0)
                    {
                        var key = (reference[i], labels[i]);
                        intersection[key] = intersection.GetValueOrDefault(key) + 1;
                    }
                }
            }

            var best = new double[k];
            foreach (var ((c, l), shared) in intersection)
            {
                double jaccard = (double)shared / (referenceSize[c] + resampleSize[l] - shared);
                best[c] = Math.Max(best[c], jaccard);
            }

            for (int c = 0; c < k; c++)
            {
                if (referenceSize[c] > 0)
                {
                    total[c] += best[c];
                    counted[c]++;
                }
            }
        }

        return [.. total.Select((t, c) => counted[c] == 0 ? double.NaN : t / counted[c])];
    }
}
