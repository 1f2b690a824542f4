using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// Prints, per cached set and k, what candidate signals say next to the best ARI a Genie cut reaches at that
/// k: for eyeballing which label-free measure follows the reference before writing a rule.
/// </summary>
internal static class SignalExplorer
{
    public static void Run(LabOptions options, TextWriter log)
    {
        foreach (var set in CandidateDump.Load(options.CacheDirectory)
            .Where(s => options.Batteries.Contains(s.Battery) && (options.Sets.Count == 0 || options.Sets.Contains(s.Name))))
        {
            if (set.Sample is null)
            {
                continue;
            }

            var sample = Matrix<double>.FromRows([.. set.Sample]);
            var stability = GenieSubsampleStability(sample, 0.3, 2, 30, 5, 0.8, options.Seed);
            var valley = new ValleySignal(sample, 10);
            var chosen = set.Candidates[0];
            log.WriteLine($"== {set.Battery} {set.Name} n={set.Rows} d={set.Cols} refk={set.ReferenceK}  product: {chosen.Algorithm} {chosen.Variant} k={chosen.K} ARI {chosen.Ari:F3}");
            var cuts = set.Candidates.Where(c => c.IsGenieCut && c.Smoothing == 1 && c.SampleLabels is not null).ToArray();
            foreach (var atK in cuts.GroupBy(c => c.K!.Value).OrderBy(g => g.Key).Where(g => g.Key <= 30))
            {
                var byThreshold = atK.OrderBy(c => c.Variant, StringComparer.Ordinal).ToArray();
                double agreement = MeanPairwiseAri(byThreshold.Select(c => c.SampleLabels!).ToArray());
                var best = atK.MaxBy(c => c.Ari ?? -1)!;
                var others = set.Candidates.Where(c => !c.IsGenieCut && c.K == atK.Key && c.Feasible).ToArray();
                var bestOther = others.MaxBy(c => c.Ari ?? -1);
                string other = bestOther is null ? "" : $" best other {bestOther.Algorithm} {bestOther.Ari:F2} valley {valley.Of(bestOther.SampleLabels!):F2}";
                log.WriteLine($"  k={atK.Key,-3} ARI {string.Join("/", byThreshold.Select(c => $"{c.Ari:F2}"))} sil {string.Join("/", byThreshold.Select(c => $"{c.Silhouette:F2}"))} gap {string.Join("/", byThreshold.Select(c => $"{c.GapRatio:F2}"))} agree {agreement:F2} stab {stability.GetValueOrDefault(atK.Key, double.NaN):F2} feas {string.Join("", byThreshold.Select(c => c.Feasible ? "y" : "n"))} valley {string.Join("/", byThreshold.Select(c => $"{valley.Of(c.SampleLabels!):F2}"))}{other}");
            }
        }
    }

    /// <summary>Mean ARI over every pair of partitions.</summary>
    public static double MeanPairwiseAri(IReadOnlyList<IReadOnlyList<int>> partitions)
    {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < partitions.Count; i++)
        {
            for (int j = i + 1; j < partitions.Count; j++)
            {
                sum += AdjustedRandIndex.Score(partitions[i], partitions[j]);
                pairs++;
            }
        }

        return pairs == 0 ? double.NaN : sum / pairs;
    }

    /// <summary>
    /// Genie's stability at every k: the tree of the whole sample against trees of seeded subsamples, each cut at
    /// k, compared by ARI on the shared rows (mean over resamples). One tree per resample gives every k at once.
    /// </summary>
    public static Dictionary<int, double> GenieSubsampleStability(Matrix<double> sample, double threshold, int minK, int maxK, int resamples, double fraction, int seed)
    {
        var clusterer = new GenieClusterer(new GenieOptions { ClusterCount = 2, GiniThreshold = threshold });
        var full = clusterer.Fit(sample);
        var sums = new Dictionary<int, double>();
        var random = Seeds.Derive(seed, 11);
        for (int r = 0; r < resamples; r++)
        {
            int[] rows = [.. Enumerable.Range(0, sample.Rows).OrderBy(_ => random.Next()).Take((int)(fraction * sample.Rows)).Order()];
            var part = clusterer.Fit(sample.SelectRows(rows));
            for (int k = minK; k <= Math.Min(maxK, rows.Length - 1); k++)
            {
                var a = full.WithClusterCount(k).Labels;
                var b = part.WithClusterCount(k).Labels;
                double ari = AdjustedRandIndex.Score([.. rows.Select(i => a[i])], b);
                sums[k] = sums.GetValueOrDefault(k) + (ari / resamples);
            }
        }

        return sums;
    }
}
