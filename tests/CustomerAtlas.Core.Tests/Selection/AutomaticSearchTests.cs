using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class AutomaticSearchTests
{
    private static readonly SelectionOptions Fast = new()
    {
        Budget = TimeSpan.FromSeconds(60),
        MaxK = 6,
        StabilityCandidates = 3,
        StabilityResamples = 3,
    };

    private static SelectionResult Run(SelectionOptions options, params AlgorithmSpec[] algorithms)
    {
        var (data, _) = SelectionTestData.Blobs(4, 50);
        return new AutomaticSearch(ValidityHooks.Default, options).Run([new PreparedData("raw", data)], data, algorithms);
    }

    [Fact]
    public void Finds_the_true_number_of_well_separated_blobs()
    {
        var (data, truth) = SelectionTestData.Blobs(4, 50);
        var result = new AutomaticSearch(ValidityHooks.Default, Fast).Run([new PreparedData("raw", data)], data, [SelectionTestData.KMeansSpec]);
        Assert.Equal(4, result.Chosen.K);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, result.Labels), 1e-12);
        Assert.True(result.ConstraintsMet);
        Assert.Equal(6, result.Leaderboard.Count); // k = 2..6 and the consensus of the best five
        Assert.Equal(Enumerable.Range(1, 6), result.Leaderboard.Select(e => e.Rank));
        var top = result.Leaderboard[0];
        Assert.Equal(CandidateStatus.Scored, top.Status);
        Assert.Equal("kmeans k=4 on raw", top.Candidate);
        Assert.NotNull(result.Stability);
        Assert.True(result.Stability!.MeanAri > 0.99);
        Assert.Empty(result.Stability.UnstableSegments);
        Assert.Equal(3, result.Leaderboard.Count(e => e.Status == CandidateStatus.Scored));
    }

    [Fact]
    public void The_consensus_of_the_best_candidates_is_ranked_like_any_other()
    {
        var (data, truth) = SelectionTestData.Blobs(4, 50);
        var result = new AutomaticSearch(ValidityHooks.Default, Fast with { StabilityCandidates = 6 })
            .Run([new PreparedData("raw", data)], data, [SelectionTestData.KMeansSpec]);
        var consensus = Assert.Single(result.Leaderboard, e => e.Algorithm == ConsensusClusterer.Name);
        Assert.Equal("consensus (of 5) k=4 on raw", consensus.Candidate);
        Assert.Equal(CandidateStatus.Scored, consensus.Status);
        Assert.Equal(4, consensus.K);
        Assert.NotNull(consensus.Score);
        Assert.NotNull(consensus.Stability);

        // Its partition is the true one, so it scores exactly like k-means k = 4 (the lower id wins the tie).
        var kmeans4 = Assert.Single(result.Leaderboard, e => e.Candidate == "kmeans k=4 on raw");
        Assert.Equal(kmeans4.Score!.Value, consensus.Score!.Value, 1e-9);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, result.Labels), 1e-12);
    }

    [Fact]
    public void No_consensus_candidate_when_it_is_switched_off()
    {
        var result = Run(Fast with { ConsensusMembers = 0 }, SelectionTestData.KMeansSpec);
        Assert.DoesNotContain(result.Leaderboard, e => e.Algorithm == ConsensusClusterer.Name);
        Assert.Equal(5, result.Leaderboard.Count);
    }

    [Fact]
    public void A_preparation_bound_to_one_algorithm_is_used_by_it_alone()
    {
        var (data, truth) = SelectionTestData.Blobs(3, 40);

        // Numbers plus one category code column that repeats the blob: only k-prototypes may read it.
        var mixed = new Core.Data.Matrix<double>(data.Rows, 3);
        for (int i = 0; i < data.Rows; i++)
        {
            (mixed[i, 0], mixed[i, 1], mixed[i, 2]) = (data[i, 0], data[i, 1], truth[i]);
        }

        var preparations = new[] { new PreparedData("raw", data), new PreparedData("raw+categories", mixed, "kprototypes") };
        var result = new AutomaticSearch(ValidityHooks.Default, Fast with { MaxK = 4 })
            .Run(preparations, data, [SelectionTestData.KMeansSpec, AlgorithmCatalog.KPrototypes([2], maxDegreeOfParallelism: 1)]);

        Assert.All(result.Leaderboard.Where(e => e.Algorithm == "kprototypes"), e => Assert.Equal("raw+categories", e.Preprocessing));
        Assert.All(result.Leaderboard.Where(e => e.Algorithm != "kprototypes"), e => Assert.Equal("raw", e.Preprocessing));
        Assert.Equal(3, result.Leaderboard.Count(e => e.Algorithm == "kprototypes"));
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, result.Labels), 1e-12);
    }

    // 8,000 rows: two large blobs and one of 120 rows (1.5 %). The default share at this size is 100 / 8,000 = 1.25 %,
    // so k = 3 may keep the small group; an explicit 2 % refuses it.
    [Fact]
    public void The_default_minimum_share_lets_a_large_table_keep_a_group_under_two_percent()
    {
        var data = new CustomerAtlas.Core.Data.Matrix<double>(8_000, 2);
        var random = new Random(5);
        for (int i = 0; i < data.Rows; i++)
        {
            double centre = i < 3_940 ? 0 : i < 7_880 ? 10 : 20;
            data[i, 0] = centre + (random.NextDouble() - 0.5);
            data[i, 1] = random.NextDouble() - 0.5;
        }

        SelectionResult Search(SelectionOptions options) => new AutomaticSearch(ValidityHooks.Default, options with { MinK = 3, MaxK = 3, ConsensusMembers = 0 })
            .Run([new PreparedData("raw", data)], data, [SelectionTestData.KMeansSpec]);

        var sized = Search(Fast);
        Assert.Equal(CandidateStatus.Scored, Assert.Single(sized.Leaderboard).Status);
        Assert.Equal(120, sized.Labels.CountBy(l => l).Min(g => g.Value));
        var fixedShare = Assert.Single(Search(Fast with { MinSegmentShare = 0.02 }).Leaderboard);
        Assert.Equal(CandidateStatus.Infeasible, fixedShare.Status);
        Assert.Contains("smallest segment holds 1.5 % of rows; at least 2.0 % is required", fixedShare.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Segments_below_the_minimum_share_make_a_candidate_infeasible()
    {
        var result = Run(Fast with { MinSegmentShare = 0.3 }, SelectionTestData.KMeansSpec);
        Assert.Equal(2, result.Chosen.K);
        var k4 = Assert.Single(result.Leaderboard, e => e.RequestedK == 4);
        Assert.Equal(CandidateStatus.Infeasible, k4.Status);
        Assert.Contains("smallest segment holds 25.0 % of rows", k4.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Failing_algorithms_are_recorded_not_fatal()
    {
        var result = Run(Fast, SelectionTestData.KMeansSpec, SelectionTestData.Throwing);
        var broken = Assert.Single(result.Leaderboard, e => e.Algorithm == "broken");
        Assert.Equal(CandidateStatus.Failed, broken.Status);
        Assert.Contains("MinClusterSize", broken.Reason, StringComparison.Ordinal);
        Assert.Equal(4, result.Chosen.K);
    }

    [Fact]
    public void The_budget_plans_the_work_and_records_what_did_not_fit()
    {
        var result = Run(Fast with { Budget = TimeSpan.FromSeconds(1) }, SelectionTestData.KMeansSpec, SelectionTestData.Slow);

        // The slow candidates are estimated far above the budget: none starts, nothing waits for the clock.
        var slow = result.Leaderboard.Where(e => e.Algorithm == "slow").ToArray();
        Assert.Equal(5, slow.Length);
        Assert.All(slow, e => Assert.Equal(CandidateStatus.Skipped, e.Status));
        Assert.All(slow, e => Assert.Contains("estimated time", e.Reason, StringComparison.Ordinal));
        Assert.Equal(5, result.SkippedCount);
        Assert.False(result.TimeLimitReached);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(15), $"took {result.Elapsed}");
        Assert.InRange(result.PlannedSeconds, 1e-9, 1);
        Assert.Equal("kmeans", result.Chosen.Algorithm.Name);
    }

    [Fact]
    public void The_time_limit_stops_work_under_way_and_says_so()
    {
        var options = Fast with { Budget = TimeSpan.FromSeconds(1000), TimeLimit = TimeSpan.FromMilliseconds(400) };
        var result = Run(options, SelectionTestData.KMeansSpec, SelectionTestData.Slow);

        // The first slow candidate is stopped by the clock; the rest never start.
        Assert.True(result.TimeLimitReached);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(15), $"took {result.Elapsed}");
        var slow = result.Leaderboard.Where(e => e.Algorithm == "slow").ToArray();
        Assert.Single(slow, e => e.Status == CandidateStatus.TimedOut);
        Assert.All(slow.Where(e => e.Status == CandidateStatus.Skipped), e => Assert.Contains("time limit", e.Reason, StringComparison.Ordinal));
        Assert.Equal(5, result.SkippedCount);
        Assert.Equal("kmeans", result.Chosen.Algorithm.Name);
    }

    [Fact]
    public void The_choice_does_not_depend_on_how_fast_the_machine_is()
    {
        // The same algorithm, once as fast as it is and once as on a machine far slower than the reference:
        // the planned budget (binding here: k = 6 does not fit) runs the same candidates and picks the same winner.
        var options = Fast with { Budget = TimeSpan.FromSeconds(0.5), TimeLimit = TimeSpan.FromSeconds(60) };
        var quick = Run(options, SelectionTestData.Costly(delay: TimeSpan.Zero));
        var sluggish = Run(options, SelectionTestData.Costly(delay: TimeSpan.FromMilliseconds(100)));

        Assert.Contains(quick.Leaderboard, e => e.Status == CandidateStatus.Skipped);
        Assert.False(sluggish.TimeLimitReached);
        Assert.True(sluggish.Elapsed > quick.Elapsed);
        Assert.Equal(quick.Chosen.Description, sluggish.Chosen.Description);
        Assert.Equal(quick.Labels, sluggish.Labels);
        Assert.Equal(
            quick.Leaderboard.Select(e => (e.Candidate, e.Status, e.Reason, e.Score, e.Stability)),
            sluggish.Leaderboard.Select(e => (e.Candidate, e.Status, e.Reason, e.Score, e.Stability)));
        Assert.Equal(quick.PlannedSeconds, sluggish.PlannedSeconds);
    }

    [Fact]
    public void Same_seed_gives_the_same_leaderboard()
    {
        var a = Run(Fast, SelectionTestData.KMeansSpec);
        var b = Run(Fast, SelectionTestData.KMeansSpec);
        Assert.Equal(a.Labels, b.Labels);
        Assert.Equal(a.Leaderboard.Select(e => (e.Candidate, e.Score)), b.Leaderboard.Select(e => (e.Candidate, e.Score)));
    }

    [Fact]
    public void Invalid_options_are_reported_together()
    {
        var ex = Assert.Throws<ArgumentException>(() => Run(Fast with { MinK = 1, MaxK = 0, MinSegmentShare = 0.7 }, SelectionTestData.KMeansSpec));
        Assert.Equal("MinK", ex.ParamName);
        Assert.Contains("MaxK", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MinSegmentShare", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preparations_with_other_row_counts_are_rejected()
    {
        var (data, _) = SelectionTestData.Blobs(2, 10);
        var (other, _) = SelectionTestData.Blobs(2, 11);
        Assert.Throws<ArgumentException>(() =>
            new AutomaticSearch(ValidityHooks.Default, Fast).Run([new PreparedData("a", other)], data, [SelectionTestData.KMeansSpec]));
    }
}
