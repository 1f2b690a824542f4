using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Core.Drift;

/// <summary>A segment of one version matched to a segment of the other (<see cref="SegmentMigration.Matches"/>).</summary>
/// <param name="BeforeId">Segment id in the earlier version.</param>
/// <param name="NowId">Segment id in the later version.</param>
/// <param name="Shared">Customers of both versions in both segments.</param>
/// <param name="Jaccard">Shared customers over the customers in either of the two segments (among customers of both versions).</param>
public sealed record SegmentMatch(int BeforeId, int NowId, int Shared, double Jaccard);

/// <summary>
/// Where the customers of one segmentation went in another (an earlier and a later model version, say): the
/// crosstab of segment ids over the customers both hold, the agreement (ARI), and the one-to-one matching of
/// segments that keeps the most customers together (Hungarian assignment on the Jaccard overlap), so a refreshed
/// model's segments can be read as the old ones, renamed or not.
/// </summary>
/// <param name="BeforeIds">Segment ids of the earlier version, ascending (−1 = noise, where a model marks it).</param>
/// <param name="NowIds">Segment ids of the later version, ascending.</param>
/// <param name="Counts">Customers of both versions per (earlier, later) segment: Counts[i][j] for BeforeIds[i], NowIds[j].</param>
/// <param name="Common">Customers both versions hold.</param>
/// <param name="OnlyBefore">Customers only the earlier version holds (gone).</param>
/// <param name="OnlyNow">Customers only the later version holds (new).</param>
/// <param name="Ari">Adjusted Rand index of the two versions on the common customers (1 = the same partition).</param>
/// <param name="Matches">The matching, one pair per matched segment, by earlier id.</param>
/// <param name="StayedShare">Share of the common customers whose later segment is the match of their earlier one.</param>
public sealed record SegmentMigration(
    int[] BeforeIds,
    int[] NowIds,
    int[][] Counts,
    int Common,
    int OnlyBefore,
    int OnlyNow,
    double Ari,
    IReadOnlyList<SegmentMatch> Matches,
    double StayedShare)
{
    /// <summary>Compares two assignments of customer id to segment id.</summary>
    /// <exception cref="ArgumentException">The two versions share no customer.</exception>
    public static SegmentMigration Between(IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        var common = before.Keys.Where(now.ContainsKey).Order(StringComparer.Ordinal).ToArray();
        if (common.Length == 0)
        {
            throw new ArgumentException("The two segmentations share no customer id, so there is nothing to compare.", nameof(now));
        }

        int[] beforeIds = [.. common.Select(c => before[c]).Distinct().Order()];
        int[] nowIds = [.. common.Select(c => now[c]).Distinct().Order()];
        var counts = beforeIds.Select(_ => new int[nowIds.Length]).ToArray();
        foreach (string c in common)
        {
            counts[Array.BinarySearch(beforeIds, before[c])][Array.BinarySearch(nowIds, now[c])]++;
        }

        var matches = Match(beforeIds, nowIds, counts);
        int stayed = matches.Sum(m => m.Shared);
        return new SegmentMigration(
            beforeIds, nowIds, counts, common.Length, before.Count - common.Length, now.Count - common.Length,
            AdjustedRandIndex.Score([.. common.Select(c => before[c])], [.. common.Select(c => now[c])]),
            matches, (double)stayed / common.Length);
    }

    // The one-to-one matching with the largest total Jaccard overlap; the side with fewer segments is matched in full.
    private static SegmentMatch[] Match(int[] beforeIds, int[] nowIds, int[][] counts)
    {
        var beforeSizes = counts.Select(row => row.Sum()).ToArray();
        var nowSizes = nowIds.Select((_, j) => counts.Sum(row => row[j])).ToArray();
        double Jaccard(int i, int j) => (double)counts[i][j] / (beforeSizes[i] + nowSizes[j] - counts[i][j]);
        bool byBefore = beforeIds.Length <= nowIds.Length;
        int rows = byBefore ? beforeIds.Length : nowIds.Length;
        int cols = byBefore ? nowIds.Length : beforeIds.Length;
        var value = new double[rows * cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                value[(r * cols) + c] = byBefore ? Jaccard(r, c) : Jaccard(c, r);
            }
        }

        var assigned = HungarianAssignment.Maximize(value, rows, cols);
        return [.. Enumerable.Range(0, rows)
            .Select(r => byBefore ? (I: r, J: assigned[r]) : (I: assigned[r], J: r))
            .Where(p => counts[p.I][p.J] > 0)
            .Select(p => new SegmentMatch(beforeIds[p.I], nowIds[p.J], counts[p.I][p.J], Jaccard(p.I, p.J)))
            .OrderBy(m => m.BeforeId)];
    }
}
