namespace CustomerAtlas.Core.Selection;

/// <summary>
/// The density-valley rule of the automatic search (<see cref="SelectionOptions.ValleyRatio"/>, step 5 in
/// docs/automatic-segmentation.md).
/// </summary>
internal static class ValleyRule
{
    /// <summary>
    /// In each hierarchy (the cuts of one tree under one Gini threshold), follows the cuts from the winner's number of
    /// segments upwards for as long as each is feasible and every boundary of each is a density valley (valley ratio at
    /// least <paramref name="ratio"/>); the finest cut reached in any hierarchy (the best score among equals, then the
    /// lower id) replaces <paramref name="winner"/>. Requiring every cut on the way to pass means the valleys persist
    /// while the hierarchy refines: a finer cut that passes after a coarser one failed has found a chance thin spot, not
    /// a valley. A winner chosen by a clear gap is kept: empty space around every cluster is stronger evidence. The
    /// winner also stands when the rule is off (<paramref name="ratio"/> = +∞) or no hierarchy passes at its k.
    /// </summary>
    public static Trial Choose(IReadOnlyList<Trial> trials, Trial winner, double ratio)
    {
        if (!winner.Feasible || winner.ClearGap || !double.IsFinite(ratio))
        {
            return winner;
        }

        Trial? finest = null;
        foreach (var hierarchy in trials.Where(t => t.GapRatio is not null && t.FitId is not null).GroupBy(t => (t.FitId, t.Candidate.Variant)))
        {
            var byK = hierarchy.GroupBy(t => t.ClusterCount).ToDictionary(g => g.Key, g => g.MinBy(t => t.Candidate.Id)!);
            Trial? reached = null;
            for (int k = winner.ClusterCount; byK.TryGetValue(k, out var cut) && cut.Feasible && cut.Indices?.ValleyRatio >= ratio; k++)
            {
                reached = cut;
            }

            if (reached is not null && (finest is null || Finer(reached, finest)))
            {
                finest = reached;
            }
        }

        return finest ?? winner;
    }

    /// <summary>More segments first, then the higher score, then the lower id (deterministic).</summary>
    private static bool Finer(Trial a, Trial b)
    {
        if (a.ClusterCount != b.ClusterCount)
        {
            return a.ClusterCount > b.ClusterCount;
        }

        double scoreA = a.Score ?? double.NegativeInfinity;
        double scoreB = b.Score ?? double.NegativeInfinity;
        return scoreA != scoreB ? scoreA > scoreB : a.Candidate.Id < b.Candidate.Id;
    }
}
