using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// Rules on the densest-boundary ratio (<see cref="ValleySignal"/>): the finest partition whose every boundary runs
/// through a sparse valley. Measured on the evaluation sample the dump keeps (dumps with samples only).
/// </summary>
internal static class ValleyRules
{
    private static readonly Dictionary<(LabSet, int), ValleySignal> SignalsByM = [];
    private static readonly Dictionary<(LabCandidate, int, double, int), double> ValuesBy = [];

    public static IReadOnlyList<SelectionRule> All { get; } =
    [
        .. new[] { 0.9, 1.0, 1.05, 1.1, 1.2 }.Select(t => new SelectionRule($"valley ≥ {t}: finest such candidate, else product", s => Finest(s, t, _ => true))),
        .. new[] { 0.9, 1.0, 1.05, 1.1, 1.2 }.Select(t => new SelectionRule($"valley ≥ {t}: finest such Genie cut, else product", s => Finest(s, t, c => c.IsGenieCut))),
        .. new[] { 1.0, 1.1 }.Select(t => new SelectionRule($"valley ≥ {t}: finest, only if k ≥ product's k, else product", s => FinestIfNotCoarser(s, t, _ => true))),
        .. new[] { 0.9, 0.95, 1.0, 1.05, 1.1 }.Select(t => new SelectionRule($"valley ≥ {t}: finest Genie cut, only if k ≥ product's k", s => FinestIfNotCoarser(s, t, c => c.IsGenieCut))),
        .. new[] { 0.9, 0.95, 1.0, 1.05, 1.1 }.Select(t => new SelectionRule($"valley ≥ {t}: finest Genie cut if k ≥ product's k and product valley < t", s => FinestIfProductLacks(s, t, c => c.IsGenieCut))),
        .. new[] { 1, 2 }.SelectMany(combine => new[] { 1.0, 1.1, 1.2, 1.3 }.Select(t => new SelectionRule(
            $"valley(combine {combine}) ≥ {t}: finest Genie cut if k ≥ product's k, unless clear gap", s => FinestBy(s, t, 10, 0.5, combine)))),
        .. new[] { 1.2, 1.5, 2.0 }.SelectMany(f => new[] { 0.0, 0.8, 0.9 }.Select(floor => new SelectionRule(
            $"rule C, then same-k challenger with valley ≥ {f} × the winner's and ≥ {floor}", s => SameK(s, f, floor, genieOnly: false)))),
        .. new[] { 1.2, 1.5, 2.0 }.Select(f => new SelectionRule(
            $"rule C, then same-k Genie challenger with valley ≥ {f} × the winner's and ≥ 0.9", s => SameK(s, f, 0.9, genieOnly: true))),
        .. new[] { 0.0, 0.8, 0.9, 1.0 }.SelectMany(floor => new[] { false, true }.Select(genie => new SelectionRule(
            $"rule C, then same-k challenger keeping more edges with a higher valley (≥ {floor}){(genie ? ", Genie only" : "")}", s => SameKKept(s, floor, genie)))),
        .. new[] { 0.8, 0.9, 0.95, 1.0 }.Select(t => new SelectionRule($"rule C only when the winner's own valley ratio < {t}", s =>
            Valley(s, s.Candidates[0]) >= t ? s.Candidates[0] : RuleC(s))),
        new SelectionRule("rule C with persistence: each threshold's cuts pass at every k from the winner's up", Persistent),
        .. new[] { (10, 0.75), (15, 0.5), (20, 0.5), (20, 0.75), (5, 0.5) }.SelectMany(v => new[] { 0.9, 1.0, 1.1 }.Select(t => new SelectionRule(
            $"valley(M={v.Item1}, q={v.Item2}) ≥ {t}: finest Genie cut, only if k ≥ product's k", s => FinestBy(s, t, v.Item1, v.Item2)))),
        new SelectionRule("valley ≥ 1: finest Genie cut if k ≥ product's k, unless the product is a clear-gap cut", RuleC),
        .. new[] { 1.5, 2.0, 3.0, double.PositiveInfinity }.Select(t => new SelectionRule($"valley ≥ 1: finest Genie cut if k ≥ product's k, unless the product's valley ≥ {t}", s =>
            Valley(s, s.Candidates[0]) >= t ? s.Candidates[0] : FinestIfNotCoarser(s, 1.0, c => c.IsGenieCut))),
        .. new[] { 0.05, 0.1, 0.2 }.Select(t => new SelectionRule($"valley ≥ 1: finest Genie cut if k ≥ product's k and stability ≥ product's − {t}", s => FinestIfStable(s, 1.0, t))),
    ];

    private static LabCandidate? RuleC(LabSet s) =>
        LabRules.ClearGapCuts(LabRules.Pool(s, 1), 1.3).Contains(s.Candidates[0]) ? s.Candidates[0] : FinestIfNotCoarser(s, 1.0, c => c.IsGenieCut);

    private static LabCandidate? SameK(LabSet set, double factor, double floor, bool genieOnly) =>
        SameKChallenger(set, genieOnly, (c, winner) => Valley(set, c) >= Math.Max(floor, factor * Valley(set, winner)));

    private static LabCandidate? SameKKept(LabSet set, double floor, bool genieOnly) =>
        SameKChallenger(set, genieOnly, (c, winner) =>
            LabRules.Kept(c, 1) > LabRules.Kept(winner, 1) && Valley(set, c) > Valley(set, winner) && Valley(set, c) >= floor);

    /// <summary>Rule C's winner, or the candidate with its k that <paramref name="accepts"/> (challenger, winner) with the highest valley ratio.</summary>
    private static LabCandidate? SameKChallenger(LabSet set, bool genieOnly, Func<LabCandidate, LabCandidate, bool> accepts)
    {
        var winner = RuleC(set);
        if (winner is null || LabRules.ClearGapCuts(LabRules.Pool(set, 1), 1.3).Contains(winner))
        {
            return winner;
        }

        return LabRules.Pool(set, 1)
            .Where(c => c.K == winner.K && (!genieOnly || c.IsGenieCut) && accepts(c, winner))
            .OrderByDescending(c => Valley(set, c)).ThenByDescending(LabRules.Score).FirstOrDefault() ?? winner;
    }

    private static LabCandidate? Persistent(LabSet set)
    {
        var pool = LabRules.Pool(set, 1);
        var product = set.Candidates[0];
        if (LabRules.ClearGapCuts(pool, 1.3).Contains(product))
        {
            return product;
        }

        LabCandidate? best = null;
        foreach (var tree in pool.Where(c => c.IsGenieCut).GroupBy(c => c.Variant))
        {
            var byK = tree.ToDictionary(c => c.K!.Value);
            LabCandidate? reached = null;
            for (int k = product.K!.Value; byK.TryGetValue(k, out var cut) && Valley(set, cut) >= 1.0; k++)
            {
                reached = cut;
            }

            if (reached is not null && (best is null || reached.K > best.K || (reached.K == best.K && LabRules.Score(reached) > LabRules.Score(best))))
            {
                best = reached;
            }
        }

        return best ?? product;
    }

    private static LabCandidate? FinestBy(LabSet set, double threshold, int m, double q, int combine = 0)
    {
        var pool = LabRules.Pool(set, 1);
        var product = set.Candidates[0];
        if (combine > 0 && LabRules.ClearGapCuts(pool, 1.3).Contains(product))
        {
            return product;
        }

        return FinestIfNotCoarser(set, threshold, c => c.IsGenieCut, c => ValleyBy(set, c, m, q, combine));
    }

    /// <summary>The valley ratio with M neighbours, the core-distance quantile q and the pair scale <paramref name="combine"/> (NaN without a sample).</summary>
    private static double ValleyBy(LabSet set, LabCandidate c, int m, double q, int combine = 0)
    {
        if (set.Sample is null || c.SampleLabels is null)
        {
            return double.NaN;
        }

        if (!SignalsByM.TryGetValue((set, m), out var signal))
        {
            SignalsByM[(set, m)] = signal = new ValleySignal(Matrix<double>.FromRows([.. set.Sample!]), m);
        }

        if (!ValuesBy.TryGetValue((c, m, q, combine), out double value))
        {
            ValuesBy[(c, m, q, combine)] = value = signal.Of(c.SampleLabels, q, combine);
        }

        return value;
    }

    /// <summary>Prints the best few candidates of each set by ARI with their valley ratios.</summary>
    public static void Top(IEnumerable<LabSet> sets, TextWriter log)
    {
        foreach (var set in sets)
        {
            log.WriteLine($"== {set.Name}: product {set.Candidates[0].Algorithm} {set.Candidates[0].Variant} k={set.Candidates[0].K} ARI {set.Candidates[0].Ari:F3} valley {Valley(set, set.Candidates[0]):F2}");
            foreach (var c in LabRules.Pool(set, 1).OrderByDescending(c => c.Ari).Take(6))
            {
                log.WriteLine($"   {c.Algorithm} {c.Variant} k={c.K} ARI {c.Ari:F3} sil {c.Silhouette:F3} valley {Valley(set, c):F2}");
            }
        }
    }

    /// <summary>Prints, per set, the valley pick next to the product's choice with both stabilities (for choosing a gate).</summary>
    public static void Report(IEnumerable<LabSet> sets, TextWriter log)
    {
        foreach (var set in sets)
        {
            var pick = FinestIfNotCoarser(set, 1.0, c => c.IsGenieCut);
            var product = set.Candidates[0];
            if (pick is null || pick == product)
            {
                continue;
            }

            var refit = GenieStability(set, pick);
            log.WriteLine($"{set.Name,-18} product {product.Algorithm} k={product.K} ARI {product.Ari:F3} stab {product.Stability:F3} | valley {pick.Variant} k={pick.K} ARI {pick.Ari:F3} stab {refit.MeanPairwiseAri:F3} minJaccard {refit.ClusterJaccard.Min():F3} valley {Valley(set, pick):F2}");
        }
    }

    private static LabCandidate? FinestIfStable(LabSet set, double threshold, double tolerance)
    {
        var pick = FinestIfNotCoarser(set, threshold, c => c.IsGenieCut);
        var product = set.Candidates[0];
        if (pick is null || pick == product || product.Stability is not double led)
        {
            return pick;
        }

        return GenieStability(set, pick).MeanPairwiseAri >= led - tolerance ? pick : product;
    }

    /// <summary>Bootstrap stability (5 resamples of 80 %, mean pairwise ARI) of a Genie cut refitted on the evaluation sample.</summary>
    private static Core.Metrics.StabilityResult GenieStability(LabSet set, LabCandidate cut)
    {
        double gini = double.Parse(cut.Variant.Split(';')[0]["gini=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var sample = Matrix<double>.FromRows([.. set.Sample!]);
        var clusterer = new Core.Clustering.Genie.GenieClusterer(new Core.Clustering.Genie.GenieOptions { ClusterCount = cut.K!.Value, GiniThreshold = gini });
        return Core.Metrics.BootstrapStability.Evaluate(sample, rows => clusterer.Fit(rows), new Core.Metrics.StabilityOptions { Resamples = 5, SampleFraction = 0.8, Seed = 42 });
    }

    /// <summary>The product's valley ratio (M = 10, the median core distance) of a candidate on its set's evaluation sample (NaN without a sample).</summary>
    public static double Valley(LabSet set, LabCandidate c) => ValleyBy(set, c, 10, 0.5);

    private static LabCandidate? Finest(LabSet set, double threshold, Func<LabCandidate, bool> eligible, Func<LabCandidate, double>? valley = null)
    {
        valley ??= c => Valley(set, c);
        var valleys = LabRules.Pool(set, 1).Where(c => eligible(c) && valley(c) >= threshold).ToArray();
        return valleys.Length == 0 ? set.Candidates[0] : valleys.OrderByDescending(c => c.K).ThenByDescending(LabRules.Score).First();
    }

    private static LabCandidate? FinestIfNotCoarser(LabSet set, double threshold, Func<LabCandidate, bool> eligible, Func<LabCandidate, double>? valley = null)
    {
        var pick = Finest(set, threshold, eligible, valley);
        return pick is not null && pick.K >= set.Candidates[0].K ? pick : set.Candidates[0];
    }

    private static LabCandidate? FinestIfProductLacks(LabSet set, double threshold, Func<LabCandidate, bool> eligible) =>
        Valley(set, set.Candidates[0]) >= threshold ? set.Candidates[0] : FinestIfNotCoarser(set, threshold, eligible);
}
