namespace CustomerAtlas.Core.Selection;

/// <summary>
/// The last part of the neighbour-graph rule (<see cref="SelectionOptions.BoundaryCutShare"/>): a partition with the
/// pick's number of segments that cuts far fewer neighbour edges than the pick, with segment sizes accounted for.
/// </summary>
internal static class CutRatioRule
{
    /// <summary>
    /// The feasible candidate of <paramref name="ranked"/> (not in <paramref name="rejected"/>) with <paramref name="pick"/>'s
    /// number of segments and the lowest neighbour cut ratio (<see cref="CandidateIndices.NeighbourCutRatio"/>; ties: the
    /// better-ranked), if that ratio is below <paramref name="share"/> times the pick's; null otherwise (and when the pick
    /// has no cut ratio). Modularity keeps the neighbour-graph rule from preferring one big segment and slivers, but it also
    /// marks down two real groups of unequal size; a partition that cuts a small fraction of the edges the pick cuts, each
    /// against chance, which accounts for the sizes, follows the data's valleys where the pick slices through a group.
    /// </summary>
    public static Trial? Choose(IReadOnlyList<Trial> ranked, Trial pick, IReadOnlySet<Trial> rejected, double share)
    {
        if (pick.Indices?.NeighbourCutRatio is not double pickCut)
        {
            return null;
        }

        double limit = share * pickCut;
        return ranked
            .Where(t => t != pick && t.Feasible && !rejected.Contains(t) && t.ClusterCount == pick.ClusterCount
                && t.Indices?.NeighbourCutRatio < limit)
            .MinBy(t => t.Indices!.NeighbourCutRatio!.Value);
    }
}
