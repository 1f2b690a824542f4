using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Selection;

/// <summary>How well a partition survives refitting on resamples.</summary>
/// <param name="MeanAri">Mean ARI between the reference labels and each resample fit's labels.</param>
/// <param name="ResampleAri">ARI of each resample.</param>
/// <param name="SegmentJaccard">Per reference segment: mean over resamples of the best Jaccard match.</param>
/// <param name="UnstableSegments">Segments whose mean Jaccard is below the threshold.</param>
public sealed record StabilityReport(
    double MeanAri,
    IReadOnlyList<double> ResampleAri,
    IReadOnlyList<double> SegmentJaccard,
    IReadOnlyList<int> UnstableSegments);

/// <summary>
/// Bootstrap stability: refit the same algorithm on random subsets of the rows (drawn without
/// replacement), assign every row with the refitted model, and compare with the reference
/// partition — overall by ARI, per segment by the best-matching cluster's Jaccard coefficient
/// (Hennig 2007: below about 0.6 a segment is not reliably recovered).
/// </summary>
public static class BootstrapStability
{
    /// <summary>
    /// Estimates stability of <paramref name="reference"/> (labels of <paramref name="data"/>'s rows,
    /// 0..segmentCount−1 or −1 for noise) for the clusterers <paramref name="create"/> builds per resample.
    /// </summary>
    public static StabilityReport Estimate(
        Func<int, IClusterer> create,
        Matrix<double> data,
        int[] reference,
        int segmentCount,
        Func<int[], int[], double> adjustedRand,
        int resamples = 5,
        double fraction = 0.8,
        double unstableJaccard = 0.6,
        int? seed = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(adjustedRand);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        if (reference.Length != data.Rows)
        {
            throw new ArgumentException($"reference has {reference.Length} labels but data has {data.Rows} rows.", nameof(reference));
        }

        if (fraction is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "must be in (0, 1).");
        }

        int sampleSize = Math.Max(2, (int)Math.Round(data.Rows * fraction));
        var aris = new double[resamples];
        var jaccardSums = new double[segmentCount];
        for (int b = 0; b < resamples; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rng = Seeds.Derive(seed, b);
            var rows = RowSampler.Sample(data.Rows, sampleSize, rng);
            var model = create(rng.Next()).Fit(data.SelectRows(rows), cancellationToken);
            var labels = model.Predict(data);
            aris[b] = adjustedRand(reference, labels);
            var best = BestJaccard(reference, labels, segmentCount);
            for (int s = 0; s < segmentCount; s++)
            {
                jaccardSums[s] += best[s];
            }
        }

        var jaccard = jaccardSums.Select(j => j / resamples).ToArray();
        var unstable = Enumerable.Range(0, segmentCount).Where(s => jaccard[s] < unstableJaccard).ToArray();
        return new StabilityReport(aris.Average(), aris, jaccard, unstable);
    }

    /// <summary>For each reference segment, the highest Jaccard coefficient with any non-noise cluster of <paramref name="other"/>.</summary>
    public static double[] BestJaccard(int[] reference, int[] other, int segmentCount)
    {
        int otherCount = other.Length == 0 ? 0 : Math.Max(0, other.Max() + 1);
        var overlap = new long[segmentCount, Math.Max(otherCount, 1)];
        var referenceSizes = new long[segmentCount];
        var otherSizes = new long[Math.Max(otherCount, 1)];
        for (int i = 0; i < reference.Length; i++)
        {
            int r = reference[i];
            int o = other[i];
            if (r >= 0)
            {
                referenceSizes[r]++;
            }

            if (o >= 0)
            {
                otherSizes[o]++;
            }

            if (r >= 0 && o >= 0)
            {
                overlap[r, o]++;
            }
        }

        var best = new double[segmentCount];
        for (int s = 0; s < segmentCount; s++)
        {
            for (int c = 0; c < otherCount; c++)
            {
                long union = referenceSizes[s] + otherSizes[c] - overlap[s, c];
                if (union > 0)
                {
                    best[s] = Math.Max(best[s], (double)overlap[s, c] / union);
                }
            }
        }

        return best;
    }
}
