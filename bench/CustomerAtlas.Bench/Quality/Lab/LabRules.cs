namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// The rules the lab compares. Each is general: it sees only what the search measured (indices,
/// gap ratios, noise), never the set's name or reference k. The ceilings (oracles) show what the
/// candidate pool allows at best.
/// </summary>
internal static class LabRules
{
    private const double SilhouetteWeight = 0.7;
    private const double StabilityWeight = 0.3;

    public static IReadOnlyList<SelectionRule> All { get; } =
    [
        new("oracle: best feasible candidate, pool M=1", s => Best(Pool(s, 1), c => c.Ari ?? -1)),
        new("oracle: best feasible candidate, pool M=1,5,10", s => Best(Pool(s, 1, 5, 10), c => c.Ari ?? -1)),
        new("product as dumped (rank 1)", s => s.Candidates[0]),
        new("product rule, pool M=1", s => Product(Pool(s, 1), 1.3)),
        new("product rule, pool M=1,5", s => Product(Pool(s, 1, 5), 1.3)),
        new("product rule, pool M=1,10", s => Product(Pool(s, 1, 10), 1.3)),
        new("product rule, pool M=1,5,10", s => Product(Pool(s, 1, 5, 10), 1.3)),
    ];

    /// <summary>Feasible candidates whose Genie smoothing (1 for non-Genie) is one of <paramref name="smoothing"/>.</summary>
    public static LabCandidate[] Pool(LabSet set, params int[] smoothing) =>
        [.. set.Candidates.Where(c => c.Feasible && smoothing.Contains(c.Smoothing))];

    /// <summary>
    /// The product's rule: a cut with a clear gap (every threshold of its tree ≥ <paramref name="ratio"/> at its
    /// k) and the largest ratio; else candidates with stability first, then the best score.
    /// </summary>
    public static LabCandidate? Product(LabCandidate[] pool, double ratio)
    {
        var clear = ClearGapCuts(pool, ratio);
        if (clear.Count > 0)
        {
            return clear.OrderByDescending(c => c.GapRatio).ThenByDescending(Score).First();
        }

        return pool.OrderByDescending(c => c.Stability is not null).ThenByDescending(Score).FirstOrDefault();
    }

    /// <summary>Cuts whose tree (same smoothing) shows a gap ratio ≥ <paramref name="ratio"/> under every threshold at their k.</summary>
    public static List<LabCandidate> ClearGapCuts(LabCandidate[] pool, double ratio)
    {
        var cuts = pool.Where(c => c.IsGenieCut).ToArray();
        var result = new List<LabCandidate>();
        foreach (var group in cuts.GroupBy(c => (c.Smoothing, c.K)))
        {
            if (group.Count() == Core.Selection.GenieFamily.Thresholds.Count && group.All(c => c.GapRatio >= ratio))
            {
                result.AddRange(group);
            }
        }

        return result;
    }

    /// <summary>The product's score: 0.7 · (silhouette + 1) / 2 + 0.3 · stability (where known), times (1 − noise).</summary>
    public static double Score(LabCandidate c)
    {
        double sum = SilhouetteWeight * ((c.Silhouette ?? -1) + 1) / 2;
        double weight = SilhouetteWeight;
        if (c.Stability is double stability)
        {
            sum += StabilityWeight * Math.Clamp(stability, 0, 1);
            weight += StabilityWeight;
        }

        return sum / weight * (1 - (c.NoiseShare ?? 0));
    }

    public static LabCandidate? Best(IEnumerable<LabCandidate> pool, Func<LabCandidate, double> key) =>
        pool.OrderByDescending(key).FirstOrDefault();
}
