using CustomerAtlas.Core.Drift;

namespace CustomerAtlas.Core.Tests.Drift;

public class SegmentMigrationTests
{
    private static Dictionary<string, int> Assign(params (string Id, int Segment)[] pairs) => pairs.ToDictionary(p => p.Id, p => p.Segment);

    [Fact]
    public void Renamed_segments_are_matched_and_everyone_stays()
    {
        var before = Assign(("a", 0), ("b", 0), ("c", 1), ("d", 1), ("e", 2));
        var now = Assign(("a", 5), ("b", 5), ("c", 3), ("d", 3), ("e", 4));
        var migration = SegmentMigration.Between(before, now);
        Assert.Equal(1, migration.Ari, 12);
        Assert.Equal(1, migration.StayedShare, 12);
        Assert.Equal([(0, 5), (1, 3), (2, 4)], migration.Matches.Select(m => (m.BeforeId, m.NowId)));
        Assert.All(migration.Matches, m => Assert.Equal(1, m.Jaccard, 12));
    }

    [Fact]
    public void A_split_segment_keeps_its_larger_half_and_the_counts_add_up()
    {
        // Segment 0 (4 customers) splits 3 / 1 into 0 and 2; segment 1 stays whole; f leaves, g joins.
        var before = Assign(("a", 0), ("b", 0), ("c", 0), ("d", 0), ("e", 1), ("f", 1));
        var now = Assign(("a", 0), ("b", 0), ("c", 0), ("d", 2), ("e", 1), ("g", 1));
        var migration = SegmentMigration.Between(before, now);
        Assert.Equal(5, migration.Common);
        Assert.Equal(1, migration.OnlyBefore);
        Assert.Equal(1, migration.OnlyNow);
        Assert.Equal([0, 1], migration.BeforeIds);
        Assert.Equal([0, 1, 2], migration.NowIds);
        Assert.Equal([3, 0, 1], migration.Counts[0]);
        Assert.Equal([0, 1, 0], migration.Counts[1]);
        Assert.Equal([(0, 0, 3, 0.75), (1, 1, 1, 1.0)], migration.Matches.Select(m => (m.BeforeId, m.NowId, m.Shared, Math.Round(m.Jaccard, 12))));
        Assert.Equal(0.8, migration.StayedShare, 12);
    }

    [Fact]
    public void More_segments_before_than_after_match_the_later_ones_in_full()
    {
        var before = Assign(("a", 0), ("b", 1), ("c", 2), ("d", 2));
        var now = Assign(("a", 0), ("b", 0), ("c", 1), ("d", 1));
        var migration = SegmentMigration.Between(before, now);
        Assert.Equal(2, migration.Matches.Count);
        Assert.Contains(migration.Matches, m => m is { BeforeId: 2, NowId: 1, Shared: 2 });
        Assert.Equal(0.75, migration.StayedShare, 12);
    }

    [Fact]
    public void Runs_without_a_common_customer_cannot_be_compared()
    {
        var error = Assert.Throws<ArgumentException>(() => SegmentMigration.Between(Assign(("a", 0)), Assign(("b", 0))));
        Assert.Contains("share no customer", error.Message, StringComparison.Ordinal);
    }
}
