using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// The rules the lab compares. Each is general: it sees only what the search measured (indices,
/// gap ratios, noise), never the set's name or reference k. The ceilings (oracles) show what the
/// candidate pool allows at best.
/// </summary>
internal static class LabRules
{
    /// <summary>The product's default score weights (silhouette and stability; the lab has no other index).</summary>
    private static readonly ScoreWeights Weights = new();

    public static IReadOnlyList<SelectionRule> All { get; } =
    [
        new("oracle: best feasible candidate, pool M=1", s => Best(Pool(s, 1), c => c.Ari ?? -1)),
        new("oracle: best feasible candidate, pool M=1,5,10", s => Best(Pool(s, 1, 5, 10), c => c.Ari ?? -1)),
        new("product as dumped (rank 1)", s => s.Candidates[0]),
        new("product rule, pool M=1", s => Product(Pool(s, 1), 1.3)),
        new("product rule, pool M=1,5", s => Product(Pool(s, 1, 5), 1.3)),
        new("product rule, pool M=1,10", s => Product(Pool(s, 1, 10), 1.3)),
        new("product rule, pool M=1,5,10", s => Product(Pool(s, 1, 5, 10), 1.3)),
        new("product rule, gap 1.2", s => Product(Pool(s, 1), 1.2)),
        new("product rule, gap 1.5", s => Product(Pool(s, 1), 1.5)),
        new("silhouette only (no gap rule)", s => Best(Pool(s, 1), c => c.Silhouette ?? -1)),
        new("score + 0.5 DBCV (gap rule first)", s => GapThen(Pool(s, 1), 1.3, c => Score(c) + (0.5 * (c.Dbcv ?? -1)))),
        new("score + 0.25 DBCV (gap rule first)", s => GapThen(Pool(s, 1), 1.3, c => Score(c) + (0.25 * (c.Dbcv ?? -1)))),
        new("score + 0.25 DBCV, pool M=1,5", s => GapThen(Pool(s, 1, 5), 1.3, c => Score(c) + (0.25 * (c.Dbcv ?? -1)))),
        new("parsimony: smallest k within 0.01 of the best score", s => Parsimony(Pool(s, 1), 1.3, Score, 0.01)),
        new("parsimony: smallest k within 0.02 of the best score", s => Parsimony(Pool(s, 1), 1.3, Score, 0.02)),
        new("parsimony: smallest k within 0.05 of the best score", s => Parsimony(Pool(s, 1), 1.3, Score, 0.05)),
        new("genie cuts only, best score", s => Best(Pool(s, 1).Where(c => c.IsGenieCut), Score)),
        new("genie 0.3 only, best score", s => Best(Pool(s, 1).Where(c => c.Variant == "gini=0.3"), Score)),
        new("genie cuts only, gap rule then best score", s => Product([.. Pool(s, 1).Where(c => c.IsGenieCut)], 1.3)),
        new("genie cut within 0.02 of best score beats others", s => PreferGenie(Pool(s, 1), 1.3, 0.02)),
        new("genie cut within 0.05 of best score beats others", s => PreferGenie(Pool(s, 1), 1.3, 0.05)),
        new("gap rule, else max modularity (M=10)", s => GapThen(Pool(s, 1), 1.3, c => Modularity(c, 1, 1))),
        new("gap rule, else max modularity at resolution 2 (M=10)", s => GapThen(Pool(s, 1), 1.3, c => Modularity(c, 1, 2))),
        new("gap rule, else score + 0.5 modularity (M=10)", s => GapThen(Pool(s, 1), 1.3, c => Score(c) + (0.5 * Modularity(c, 1, 1)))),
        new("product's k, then fewest neighbour cuts (M=10)", s => AtLeadersK(Pool(s, 1), 1, c => Kept(c, 1))),
        new("product's k, then max modularity γ=0.5 (M=10)", s => AtLeadersK(Pool(s, 1), 1, c => Modularity(c, 1, 0.5))),
        new("product's k, then max modularity γ=1 (M=10)", s => AtLeadersK(Pool(s, 1), 1, c => Modularity(c, 1, 1))),
        new("product's k, fewer cuts and higher modularity γ=0.25 (M=10)", s => NeighbourRule(Pool(s, 1), 1, 0.25)),
        new("product's k, fewer cuts and higher modularity γ=1 (M=10)", s => NeighbourRule(Pool(s, 1), 1, 1)),
        new("product's k, fewer cuts and higher modularity γ=0.5 (M=5)", s => NeighbourRule(Pool(s, 1), 0, 0.5)),
        new("product's k, fewer cuts and higher modularity γ=0.5 (M=20)", s => NeighbourRule(Pool(s, 1), 2, 0.5)),
        new("product's k, fewer cuts and higher modularity γ=0.5 (M=10)", s => NeighbourRule(Pool(s, 1), 1, 0.5)),
        new("… challengers with k or k+1 segments, M=5", s => NeighbourRule(Pool(s, 1), 0, 0.5, extra: 1)),
        new("… challengers with k or k+1 segments, M=20", s => NeighbourRule(Pool(s, 1), 2, 0.5, extra: 1)),
        new("… challengers with k to k+2 segments, M=10", s => NeighbourRule(Pool(s, 1), 1, 0.5, extra: 2)),
        new("… challengers with k or more segments, M=10", s => NeighbourRule(Pool(s, 1), 1, 0.5, extra: 50)),
        new("… challengers with k or k+1 segments, M=10: the product's rule", s => NeighbourRule(Pool(s, 1), 1, 0.5, extra: 1)),
        new("fewer: k−1, cut ratio ≤ 0.5 × the winner's (M=10)", s => FewerSegments(Pool(s, 1), new(1, 1, 0.5, 2, false, 0))),
        new("fewer: k−1 or k−2, cut ratio ≤ 0.6 × (M=10)", s => FewerSegments(Pool(s, 1), new(1, 2, 0.6, 2, false, 0))),
        new("fewer: k−1, ≤ 0.5 ×, silhouette ≥ winner's − 0.15 (M=10)", s => FewerSegments(Pool(s, 1), new(1, 1, 0.5, 0.15, false, 0))),
        new("… and the winner cuts ≥ 1 % of edges", s => FewerSegments(Pool(s, 1), new(1, 1, 0.5, 0.15, false, 0.01))),
        new("… and the winner cuts ≥ 0.5 % of edges", s => FewerSegments(Pool(s, 1), new(1, 1, 0.5, 0.15, false, 0.005))),
        new("fewer: Genie cuts k−1, ≤ 0.5 ×, silhouette − 0.15 (M=10)", s => FewerSegments(Pool(s, 1), new(1, 1, 0.5, 0.15, true, 0))),
        new("fewer: Genie cuts k−1 or k−2, ≤ 0.6 ×, silhouette − 0.15", s => FewerSegments(Pool(s, 1), new(1, 2, 0.6, 0.15, true, 0))),
        new("fewer: Genie cuts k−1 or k−2, ≤ 0.7 ×, silhouette − 0.15", s => FewerSegments(Pool(s, 1), new(1, 2, 0.7, 0.15, true, 0))),
        new("seam: k−1..k−2, cut ratio ≤ 0.7 ×, densest seam < 0.75 ×, silhouette − 0.15", s => SeamRule(Pool(s, 1), new(1, 2, 0.7, 0.15, false, 0), 0.75)),
        new("seam: … k−1 only", s => SeamRule(Pool(s, 1), new(1, 1, 0.7, 0.15, false, 0), 0.75)),
        new("seam: … k−1..k−3", s => SeamRule(Pool(s, 1), new(1, 3, 0.7, 0.15, false, 0), 0.75)),
        new("seam: … k−1..k−3, Genie cuts only", s => SeamRule(Pool(s, 1), new(1, 3, 0.7, 0.15, true, 0), 0.75)),
        new("seam: … cut ratio ≤ 0.5 ×", s => SeamRule(Pool(s, 1), new(1, 2, 0.5, 0.15, false, 0), 0.75)),
        new("seam: … cut ratio ≤ 0.9 ×", s => SeamRule(Pool(s, 1), new(1, 2, 0.9, 0.15, false, 0), 0.75)),
        new("seam: … densest seam < 0.5 ×", s => SeamRule(Pool(s, 1), new(1, 2, 0.7, 0.15, false, 0), 0.5)),
        new("seam: … densest seam < 1 ×", s => SeamRule(Pool(s, 1), new(1, 2, 0.7, 0.15, false, 0), 1)),
        new("seam: … silhouette − 0.3", s => SeamRule(Pool(s, 1), new(1, 2, 0.7, 0.3, false, 0), 0.75)),
        new("seam: … silhouette − 0.05", s => SeamRule(Pool(s, 1), new(1, 2, 0.7, 0.05, false, 0), 0.75)),
        new("seam only: k−1..k−3, densest seam < 0.75 ×, silhouette − 0.15", s => SeamRule(Pool(s, 1), new(1, 3, 1e9, 0.15, false, 0), 0.75)),
        new("finer: k+1..k+2, cut ratio ≤ 1.2 ×, seam ≤ 1.5 ×, silhouette − 0.3", s => Finer(Pool(s, 1), 2, 1.2, 1.5, 0.3)),
        new("finer: … silhouette − 0.1", s => Finer(Pool(s, 1), 2, 1.2, 1.5, 0.1)),
        new("finer: … cut ratio ≤ 1 ×", s => Finer(Pool(s, 1), 2, 1.0, 1.5, 0.3)),
        new("finer: … no seam condition", s => Finer(Pool(s, 1), 2, 1.2, double.PositiveInfinity, 0.3)),
        new("merge the winner's segments while the densest seam > 0.02", s => MergeAcrossSeams(Pool(s, 1), 0.02)),
        new("merge the winner's segments while the densest seam > 0.04", s => MergeAcrossSeams(Pool(s, 1), 0.04)),
        new("merge the winner's segments while the densest seam > 0.06", s => MergeAcrossSeams(Pool(s, 1), 0.06)),
        .. new[] { 0.1, 0.2, 0.25, 0.3, 0.5 }.Select(share => new SelectionRule(
            $"as dumped, then a same-k partition cutting < {share} × its edges vs chance (M=10)", s => FarCleaner(s, share))),
    ];

    /// <summary>
    /// The dumped choice, unless no clear gap chose it and a feasible candidate with its k cuts fewer than <paramref name="share"/>
    /// times its neighbour edges, each against chance (<see cref="NeighbourGraph.CutRatio"/>); the lowest ratio wins
    /// (<see cref="SelectionOptions.BoundaryCutShare"/>; the product applies it to the neighbour-graph rule's pick).
    /// </summary>
    private static LabCandidate? FarCleaner(LabSet set, double share)
    {
        var pool = Pool(set, 1);
        var chosen = set.Candidates[0];
        if (ClearGapCuts(pool, 1.3).Contains(chosen) || chosen.Modularity is null)
        {
            return chosen;
        }

        double limit = share * CutRatio(chosen, 1);
        return pool.Where(c => c != chosen && c.K == chosen.K && CutRatio(c, 1) < limit).MinBy(c => CutRatio(c, 1)) ?? chosen;
    }

    /// <summary>
    /// The neighbour-graph winner with its segments merged across the densest seam while that seam's pair conductance
    /// exceeds <paramref name="seam"/> (fourth dump: <see cref="LabCandidate.Merges"/>); the winner unchanged where a clear gap chose it.
    /// </summary>
    public static LabCandidate? MergeAcrossSeams(LabCandidate[] pool, double seam)
    {
        var winner = NeighbourRule(pool, 1, 0.5, extra: 1);
        if (winner?.Merges is null || ClearGapCuts(pool, 1.3).Count > 0)
        {
            return winner;
        }

        var last = winner.Merges.TakeWhile(m => m.Seam > seam).LastOrDefault();
        return last is null ? winner : winner with { K = last.Segments, Ari = last.Ari, Variant = $"{winner.Variant} merged to {last.Segments}" };
    }

    /// <summary>
    /// The neighbour-graph winner, unless no clear gap chose it and a candidate with 1 to <paramref name="more"/> more
    /// segments has a cut ratio at most <paramref name="cutFactor"/> × the winner's, a densest seam at most
    /// <paramref name="seamFactor"/> × and a silhouette at most <paramref name="silhouetteDrop"/> lower: the lowest cut ratio wins.
    /// </summary>
    public static LabCandidate? Finer(LabCandidate[] pool, int more, double cutFactor, double seamFactor, double silhouetteDrop)
    {
        var winner = NeighbourRule(pool, 1, 0.5, extra: 1);
        if (winner is null || winner.Seams is null || ClearGapCuts(pool, 1.3).Count > 0)
        {
            return winner;
        }

        return pool.Where(c => c.K > winner.K && c.K <= winner.K + more && c.Seams is not null
                && CutRatio(c, 1) <= cutFactor * CutRatio(winner, 1)
                && Seam(c) <= seamFactor * Seam(winner)
                && (c.Silhouette ?? -1) >= (winner.Silhouette ?? -1) - silhouetteDrop)
            .OrderBy(c => CutRatio(c, 1))
            .FirstOrDefault() ?? winner;
    }

    /// <summary>Densest seam of a candidate of the third dump (+∞ when its cluster edge counts were not cached).</summary>
    public static double Seam(LabCandidate c) =>
        c.Seams is { } counts ? NeighbourGraph.DensestSeam(counts) : double.PositiveInfinity;

    /// <summary>
    /// <see cref="FewerSegments"/> with the seam condition: the challenger's densest seam must also stay below
    /// <paramref name="seamFactor"/> × the winner's (the product's fewer-segments rule).
    /// </summary>
    public static LabCandidate? SeamRule(LabCandidate[] pool, FewerSettings settings, double seamFactor) =>
        Coarser(pool, settings, c => c.Seams is not null, (c, winner) => Seam(c) < seamFactor * Seam(winner));

    /// <summary>
    /// Settings of <see cref="FewerSegments"/>: the neighbour graph, how many segments fewer a challenger may have, the
    /// factor its cut ratio must stay under, how far below the winner's its silhouette may be, whether only Genie cuts
    /// may challenge, and the share of edges the winner must cut for the rule to apply at all.
    /// </summary>
    public sealed record FewerSettings(int Graph, int Depth, double Factor, double SilhouetteDrop, bool GenieOnly, double MinimumCut);

    /// <summary>
    /// Cut edges relative to what a random graph with the same degrees would cut: (1 − kept) / (1 − expected). Fewer
    /// segments always cut fewer edges, but also expect fewer cuts, so the ratio compares partitions of different k.
    /// </summary>
    public static double CutRatio(LabCandidate c, int graph) =>
        c.Modularity is { } m ? NeighbourGraph.CutRatio(m[2 * graph], m[(2 * graph) + 1]) : double.PositiveInfinity;

    /// <summary>
    /// The product's neighbour-graph winner, unless no clear gap chose it and a candidate with 1 to
    /// <see cref="FewerSettings.Depth"/> fewer segments cuts far fewer neighbour edges than chance relative to it (cut ratio
    /// ≤ factor × the winner's) with a silhouette not much lower: the lowest cut ratio wins.
    /// </summary>
    public static LabCandidate? FewerSegments(LabCandidate[] pool, FewerSettings settings) =>
        Coarser(pool, settings, c => c.Modularity is not null, (_, _) => true);

    /// <summary>
    /// The fewer-segments family: the neighbour-graph winner unless no clear gap chose it and a candidate with fewer
    /// segments passes <see cref="FewerSettings"/> and <paramref name="challenges"/> (challenger, winner); both must be
    /// <paramref name="measured"/>.
    /// </summary>
    public static LabCandidate? Coarser(
        LabCandidate[] pool, FewerSettings settings, Func<LabCandidate, bool> measured, Func<LabCandidate, LabCandidate, bool> challenges)
    {
        var winner = NeighbourRule(pool, 1, 0.5, extra: 1);
        if (winner is null || ClearGapCuts(pool, 1.3).Count > 0 || winner.Modularity is null || !measured(winner)
            || 1 - Kept(winner, settings.Graph) < settings.MinimumCut)
        {
            return winner;
        }

        double limit = settings.Factor * CutRatio(winner, settings.Graph);
        return pool.Where(c => c.K < winner.K && c.K >= winner.K - settings.Depth && c.Modularity is not null && measured(c)
                && CutRatio(c, settings.Graph) <= limit
                && (c.Silhouette ?? -1) >= (winner.Silhouette ?? -1) - settings.SilhouetteDrop
                && (!settings.GenieOnly || c.Algorithm == "genie")
                && challenges(c, winner))
            .OrderBy(c => CutRatio(c, settings.Graph))
            .FirstOrDefault() ?? winner;
    }

    /// <summary>Modularity at <paramref name="resolution"/> on the graph with the <paramref name="graph"/>-th neighbour count (−∞ when not measured).</summary>
    public static double Modularity(LabCandidate c, int graph, double resolution) =>
        c.Modularity is { } m ? NeighbourGraph.ModularityFromTerms(m[2 * graph], m[(2 * graph) + 1], resolution) : double.NegativeInfinity;

    /// <summary>Share of the <paramref name="graph"/>-th neighbour graph's edges kept inside segments (−∞ when not measured).</summary>
    public static double Kept(LabCandidate c, int graph) => c.Modularity is { } m ? m[2 * graph] : double.NegativeInfinity;

    /// <summary>The product's leader unless no clear gap chose it and a candidate with its k has a higher <paramref name="criterion"/>.</summary>
    public static LabCandidate? AtLeadersK(LabCandidate[] pool, int graph, Func<LabCandidate, double> criterion)
    {
        var leader = Product(pool, 1.3);
        if (leader is null || ClearGapCuts(pool, 1.3).Count > 0 || leader.Modularity is null)
        {
            return leader;
        }

        return pool.Where(c => c.K == leader.K).OrderByDescending(criterion).ThenByDescending(c => c == leader).First();
    }

    /// <summary>
    /// The product's neighbour-graph rule: the leader, unless no clear gap chose it and a candidate with its k (or up to
    /// <paramref name="extra"/> more) keeps
    /// more neighbour edges inside segments and has a higher modularity at <paramref name="resolution"/> (the highest wins).
    /// </summary>
    public static LabCandidate? NeighbourRule(LabCandidate[] pool, int graph, double resolution, int extra = 0)
    {
        var leader = Product(pool, 1.3);
        if (leader is null || ClearGapCuts(pool, 1.3).Count > 0 || leader.Modularity is null)
        {
            return leader;
        }

        return pool.Where(c => c.K >= leader.K && c.K <= leader.K + extra && Kept(c, graph) > Kept(leader, graph)
                && Modularity(c, graph, resolution) > Modularity(leader, graph, resolution))
            .OrderByDescending(c => Modularity(c, graph, resolution))
            .FirstOrDefault() ?? leader;
    }

    /// <summary>The clear-gap rule first, else the best <paramref name="score"/>.</summary>
    public static LabCandidate? GapThen(LabCandidate[] pool, double ratio, Func<LabCandidate, double> score)
    {
        var clear = ClearGapCuts(pool, ratio);
        return clear.Count > 0 ? clear.OrderByDescending(c => c.GapRatio).ThenByDescending(Score).First() : Best(pool, score);
    }

    /// <summary>The clear-gap rule first, else the smallest k whose score is within <paramref name="tolerance"/> of the best (ties: score).</summary>
    public static LabCandidate? Parsimony(LabCandidate[] pool, double ratio, Func<LabCandidate, double> score, double tolerance)
    {
        var clear = ClearGapCuts(pool, ratio);
        if (clear.Count > 0 || pool.Length == 0)
        {
            return GapThen(pool, ratio, score);
        }

        double best = pool.Max(score);
        return pool.Where(c => score(c) >= best - tolerance).OrderBy(c => c.K).ThenByDescending(score).First();
    }

    /// <summary>The clear-gap rule first, else the best Genie cut when its score is within <paramref name="tolerance"/> of the best.</summary>
    public static LabCandidate? PreferGenie(LabCandidate[] pool, double ratio, double tolerance)
    {
        var clear = ClearGapCuts(pool, ratio);
        if (clear.Count > 0 || pool.Length == 0)
        {
            return GapThen(pool, ratio, Score);
        }

        var best = Best(pool, Score)!;
        var genie = Best(pool.Where(c => c.IsGenieCut), Score);
        return genie is not null && Score(genie) >= Score(best) - tolerance ? genie : best;
    }

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
            if (group.Count() == GenieFamily.Thresholds.Count && group.All(c => c.GapRatio >= ratio))
            {
                result.AddRange(group);
            }
        }

        return result;
    }

    /// <summary>
    /// The product's score with its default weights: weighted mean of (silhouette + 1) / 2 and stability (where
    /// known), times (1 − noise).
    /// </summary>
    public static double Score(LabCandidate c)
    {
        double sum = Weights.Silhouette * ((c.Silhouette ?? -1) + 1) / 2;
        double weight = Weights.Silhouette;
        if (c.Stability is double stability)
        {
            sum += Weights.Stability * Math.Clamp(stability, 0, 1);
            weight += Weights.Stability;
        }

        return sum / weight * (1 - (c.NoiseShare ?? 0));
    }

    public static LabCandidate? Best(IEnumerable<LabCandidate> pool, Func<LabCandidate, double> key) =>
        pool.OrderByDescending(key).FirstOrDefault();
}
