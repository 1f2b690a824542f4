using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

/// <summary>The density-valley rule's choice among hierarchy cuts, on hand-made trials.</summary>
public class ValleyRuleTests
{
    private static int _ids;

    private static Trial Winner(int k, bool clearGap = false) => Make(fit: null, "", k, valley: 0.5, clearGap: clearGap);

    /// <summary>A cut of hierarchy <paramref name="fit"/> (variant <paramref name="variant"/>) at <paramref name="k"/>.</summary>
    private static Trial Make(int? fit, string variant, int k, double valley, bool feasible = true, double score = 0.5, bool clearGap = false) =>
        new(new Candidate(_ids++, "raw", SelectionTestData.KMeansSpec, k, variant, 0))
        {
            Status = feasible ? CandidateStatus.Screened : CandidateStatus.Infeasible,
            ClusterCount = k,
            FitId = fit,
            GapRatio = fit is null ? null : 0.5,
            ClearGap = clearGap,
            Score = score,
            Indices = new CandidateIndices(0, 0, 0, null, null, 0, "", null, null, valley),
        };

    [Fact]
    public void Follows_a_hierarchy_upwards_while_every_cut_is_a_valley()
    {
        var winner = Winner(3);
        Trial[] cuts = [Make(0, "gini=0.3", 2, 2.0), Make(0, "gini=0.3", 3, 1.2), Make(0, "gini=0.3", 4, 1.1), Make(0, "gini=0.3", 5, 0.9), Make(0, "gini=0.3", 6, 1.3)];
        // k = 6 passes again, but k = 5 failed on the way: the valleys did not persist, so k = 4 is the finest.
        Assert.Same(cuts[2], ValleyRule.Choose([winner, .. cuts], winner, 1.0));
    }

    [Fact]
    public void A_hierarchy_that_fails_at_the_winners_k_offers_nothing()
    {
        var winner = Winner(3);
        Trial[] cuts = [Make(0, "gini=0.3", 2, 2.0), Make(0, "gini=0.3", 3, 0.8), Make(0, "gini=0.3", 4, 1.5)];
        Assert.Same(winner, ValleyRule.Choose([winner, .. cuts], winner, 1.0));
    }

    [Fact]
    public void An_infeasible_cut_ends_the_walk()
    {
        var winner = Winner(2);
        Trial[] cuts = [Make(0, "gini=0.3", 2, 1.5), Make(0, "gini=0.3", 3, 1.5, feasible: false), Make(0, "gini=0.3", 4, 1.5)];
        Assert.Same(cuts[0], ValleyRule.Choose([winner, .. cuts], winner, 1.0));
    }

    [Fact]
    public void The_finest_over_hierarchies_wins_and_ties_go_to_the_score()
    {
        var winner = Winner(2);
        Trial[] low = [Make(0, "gini=0.1", 2, 1.5), Make(0, "gini=0.1", 3, 1.5, score: 0.4)];
        Trial[] high = [Make(0, "gini=0.5", 2, 1.5), Make(0, "gini=0.5", 3, 1.5, score: 0.6)];
        Trial[] shallow = [Make(1, "gini=0.3", 2, 3.0)];
        Assert.Same(high[1], ValleyRule.Choose([winner, .. low, .. high, .. shallow], winner, 1.0));
    }

    [Fact]
    public void Keeps_a_clear_gap_winner_and_does_nothing_when_off()
    {
        Trial[] cuts = [Make(0, "gini=0.3", 2, 1.5), Make(0, "gini=0.3", 3, 1.5)];
        var clear = Winner(2, clearGap: true);
        Assert.Same(clear, ValleyRule.Choose([clear, .. cuts], clear, 1.0));
        var plain = Winner(2);
        Assert.Same(plain, ValleyRule.Choose([plain, .. cuts], plain, double.PositiveInfinity));
        Assert.Same(cuts[1], ValleyRule.Choose([plain, .. cuts], plain, 1.0));
    }
}
