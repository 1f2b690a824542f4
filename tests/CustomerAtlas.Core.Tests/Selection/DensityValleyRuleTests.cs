using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

/// <summary>
/// The density-valley rule in the search: unless a clear gap chose the winner, the finest hierarchy cut whose every
/// boundary is a density valley replaces the winner if it has at least as many segments.
/// </summary>
public class DensityValleyRuleTests
{
    private static readonly SelectionOptions Options = new()
    {
        MaxK = 3,
        StabilityCandidates = 2,
        StabilityResamples = 3,
        ConsensusMembers = 0,
        Seed = 5,
    };

    private static readonly AlgorithmSpec[] Algorithms = [SelectionTestData.KMeansSpec, AlgorithmCatalog.Genie(maxDegreeOfParallelism: 1)];

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Finds_dense_bands_in_background_noise_that_the_score_misses(int seed)
    {
        var (data, bands) = DensityValleysTests.BandsInNoise(seed);

        // Silhouette prefers k-means' two halves; their boundary runs through all three bands.
        var without = new AutomaticSearch(ValidityHooks.Default, Options with { ValleyRatio = double.PositiveInfinity })
            .Run([new PreparedData("raw", data)], data, Algorithms);
        Assert.Equal("kmeans", without.Chosen.Algorithm.Name);
        Assert.True(without.Leaderboard[0].ValleyRatio < 1);
        Assert.True(AdjustedRandIndex.Score(bands, without.Labels) < 0.1);

        // The Genie cut into the three bands (each with the background rows nearest to it) has every boundary in
        // the sparse background: it takes the win, and its stability is estimated for the report.
        var result = new AutomaticSearch(ValidityHooks.Default, Options).Run([new PreparedData("raw", data)], data, Algorithms);
        Assert.Equal("genie", result.Chosen.Algorithm.Name);
        Assert.Equal(3, result.Leaderboard[0].K);
        Assert.True(result.Leaderboard[0].ValleyRatio >= 1);
        Assert.True(AdjustedRandIndex.Score(bands, result.Labels) > 0.95);
        Assert.NotNull(result.Stability);
    }

    [Fact]
    public void Keeps_a_winner_chosen_by_a_clear_gap()
    {
        // The bands without background: empty space around each, so the clear-gap rule picks them. Inside an evenly
        // filled band a Genie cut through a chance thin spot can pass the valley test (a finer cut does here), but
        // it must not replace a partition separated by empty space.
        var (data, bands) = DensityValleysTests.BandsInNoise(seed: 3, background: 0);
        var options = Options with { MaxK = 6 };
        var result = new AutomaticSearch(ValidityHooks.Default, options).Run([new PreparedData("raw", data)], data, Algorithms);
        Assert.Equal("genie", result.Chosen.Algorithm.Name);
        Assert.Equal(1.0, AdjustedRandIndex.Score(bands, result.Labels), 12);
        Assert.Contains(result.Leaderboard, e => e.GapRatio is not null && e.K > 3 && e.ValleyRatio >= 1 && e.Status is CandidateStatus.Scored or CandidateStatus.Screened);
    }

    [Fact]
    public void Every_measured_candidate_carries_its_valley_ratio_unless_the_neighbour_rules_are_off()
    {
        var (data, _) = SelectionTestData.Blobs(2, 50);
        var on = new AutomaticSearch(ValidityHooks.Default, Options).Run([new PreparedData("raw", data)], data, Algorithms);
        Assert.All(on.Leaderboard.Where(e => e.Silhouette is not null), e => Assert.NotNull(e.ValleyRatio));
        var off = new AutomaticSearch(ValidityHooks.Default, Options with { BoundaryNeighbours = 0 }).Run([new PreparedData("raw", data)], data, Algorithms);
        Assert.All(off.Leaderboard, e => Assert.Null(e.ValleyRatio));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Rejects_a_ratio_that_is_not_positive(double ratio)
    {
        var error = Assert.Throws<ArgumentException>(() => (Options with { ValleyRatio = ratio }).Validate());
        Assert.Contains(nameof(SelectionOptions.ValleyRatio), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_valley_sample_of_fewer_than_ten_rows()
    {
        var error = Assert.Throws<ArgumentException>(() => (Options with { ValleyRows = 9 }).Validate());
        Assert.Contains(nameof(SelectionOptions.ValleyRows), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_valley_sample_decides_the_same_on_a_sample_as_on_every_row()
    {
        // 2,700 rows: a 2,000-row valley sample still holds hundreds of rows per band, enough for the same choice.
        var (data, bands) = DensityValleysTests.BandsInNoise(seed: 3, perBand: 850, background: 150);
        var all = new AutomaticSearch(ValidityHooks.Default, Options).Run([new PreparedData("raw", data)], data, Algorithms);
        var sampled = new AutomaticSearch(ValidityHooks.Default, Options with { ValleyRows = 2_000 }).Run([new PreparedData("raw", data)], data, Algorithms);
        Assert.Equal(all.Chosen, sampled.Chosen);
        Assert.True(AdjustedRandIndex.Score(bands, sampled.Labels) > 0.95);
    }
}
