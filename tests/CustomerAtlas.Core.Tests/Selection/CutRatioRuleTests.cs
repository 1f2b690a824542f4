using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

/// <summary>
/// The cut-ratio part of the neighbour-graph rule (<see cref="SelectionOptions.BoundaryCutShare"/>): a partition with as many
/// segments that cuts far fewer neighbour edges than the pick, against chance, wins even with a lower modularity.
/// </summary>
public class CutRatioRuleTests
{
    private static int _ids;

    private static readonly SelectionOptions Options = new()
    {
        MaxK = 2,
        StabilityCandidates = 2,
        StabilityResamples = 3,
        ConsensusMembers = 0,
    };

    private static AlgorithmSpec ByRule(string name, Func<double[], int> rule) => new()
    {
        Name = name,
        Create = _ => new RuleClusterer(rule),
    };

    /// <summary>A long band of 201 rows 0.1 apart and a short one of 41 rows 1.2 above its left end: two groups of unequal size.</summary>
    private static Matrix<double> LongAndShortBand() =>
        Matrix<double>.FromRows([.. Enumerable.Range(0, 201).Select(i => new[] { i * 0.1, 0 }), .. Enumerable.Range(0, 41).Select(i => new[] { i * 0.1, 1.2 })]);

    private static Trial Make(int k, double kept, double expected, bool feasible = true) =>
        new(new Candidate(_ids++, "raw", SelectionTestData.KMeansSpec, k, "", 0))
        {
            Status = feasible ? CandidateStatus.Screened : CandidateStatus.Infeasible,
            ClusterCount = k,
            Indices = new CandidateIndices(0, 0, 0, null, null, 0, "", kept, kept - (0.5 * expected), null, expected),
        };

    [Fact]
    public void Cut_ratio_is_the_cut_share_over_the_share_chance_would_cut()
    {
        // 2 % of edges cut where chance would cut half: 0.04. Chance cuts nothing with one segment: +∞.
        Assert.Equal(0.04, NeighbourGraph.CutRatio(0.98, 0.5), 12);
        Assert.Equal(0, NeighbourGraph.CutRatio(1, 0.7));
        Assert.Equal(double.PositiveInfinity, NeighbourGraph.CutRatio(1, 1));
        Assert.Equal(0.04, new CandidateIndices(0, 0, 0, null, null, 0, "", 0.98, null, null, 0.5).NeighbourCutRatio!.Value, 12);
        Assert.Null(new CandidateIndices(0, 0, 0, null, null, 0, "", 0.98).NeighbourCutRatio);
    }

    [Fact]
    public void Two_groups_of_unequal_size_beat_a_slice_through_the_long_one()
    {
        // Slicing the long band in half scores the higher silhouette (0.65 against 0.19) and the higher modularity (its
        // halves are closer in size), but it cuts the band's neighbour links; the bands cut none.
        var data = LongAndShortBand();
        AlgorithmSpec[] algorithms = [ByRule("slice", row => row[0] > 10 ? 1 : 0), ByRule("bands", row => row[1] > 0.6 ? 1 : 0)];
        var result = new AutomaticSearch(ValidityHooks.Default, Options).Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("bands", result.Chosen.Algorithm.Name);
        var slice = result.Leaderboard.Single(e => e.Algorithm == "slice");
        var bands = result.Leaderboard.Single(e => e.Algorithm == "bands");
        Assert.True(bands.NeighbourModularity < slice.NeighbourModularity, $"modularity {bands.NeighbourModularity} vs {slice.NeighbourModularity}");
        Assert.Equal(0, bands.NeighbourCutRatio);
        Assert.True(slice.NeighbourCutRatio > 0);

        // With the rule off, modularity keeps the slice.
        var off = new AutomaticSearch(ValidityHooks.Default, Options with { BoundaryCutShare = 0 }).Run([new PreparedData("raw", data)], data, algorithms);
        Assert.Equal("slice", off.Chosen.Algorithm.Name);
    }

    [Fact]
    public void The_lowest_ratio_under_the_share_wins_among_feasible_partitions_with_as_many_segments()
    {
        var pick = Make(3, kept: 0.96, expected: 0.6); // cut ratio 0.1
        var close = Make(3, kept: 0.985, expected: 0.6); // 0.0375: not under a quarter of 0.1
        var clean = Make(3, kept: 0.992, expected: 0.6); // 0.02
        var cleaner = Make(3, kept: 0.996, expected: 0.6); // 0.01
        var otherK = Make(4, kept: 1, expected: 0.6);
        var infeasible = Make(3, kept: 1, expected: 0.6, feasible: false);
        Trial[] ranked = [pick, close, clean, cleaner, otherK, infeasible];
        Assert.Same(cleaner, CutRatioRule.Choose(ranked, pick, new HashSet<Trial>(), 0.25));
        Assert.Same(clean, CutRatioRule.Choose(ranked, pick, new HashSet<Trial> { cleaner }, 0.25));
        Assert.Null(CutRatioRule.Choose([pick, close], pick, new HashSet<Trial>(), 0.25));
        Assert.Null(CutRatioRule.Choose(ranked, pick, new HashSet<Trial>(), 0));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void The_share_must_be_at_least_0_and_below_1(double share)
    {
        var error = Assert.Throws<ArgumentException>(() => (Options with { BoundaryCutShare = share }).Validate());
        Assert.Contains(nameof(SelectionOptions.BoundaryCutShare), error.Message, StringComparison.Ordinal);
    }
}
