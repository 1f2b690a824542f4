using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class AlgorithmCatalogTests
{
    [Fact]
    public void Every_default_algorithm_runs_in_the_search_and_blobs_are_recovered()
    {
        var (data, truth) = SelectionTestData.Blobs(4, 40);
        var options = new SelectionOptions { MaxK = 5, StabilityCandidates = 3, StabilityResamples = 2 };
        var result = new AutomaticSearch(ValidityHooks.Default, options)
            .Run([new PreparedData("raw", data)], data, AlgorithmCatalog.Default(data.Rows, maxDegreeOfParallelism: 1));
        Assert.DoesNotContain(result.Leaderboard, e => e.Status is CandidateStatus.Failed or CandidateStatus.TimedOut or CandidateStatus.Skipped);
        Assert.Equal(
            ["agglomerative", "consensus", "genie", "gmm", "hdbscan", "kmeans", "spectral"],
            result.Leaderboard.Select(e => e.Algorithm).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(result.Leaderboard, e => e.Bic is not null);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, result.Labels), 1e-9);
    }

    [Fact]
    public void The_whole_search_gives_the_same_answer_on_1_or_4_threads_even_when_the_budget_binds()
    {
        var (data, _) = SelectionTestData.Blobs(5, 80, seed: 3, spread: 0.9);
        var options = new SelectionOptions { MaxK = 8, StabilityCandidates = 3, StabilityResamples = 2, Budget = TimeSpan.FromSeconds(0.05), TimeLimit = TimeSpan.FromMinutes(5) };
        SelectionResult Search(int threads) => new AutomaticSearch(ValidityHooks.Default, options)
            .Run([new PreparedData("raw", data)], data, AlgorithmCatalog.Default(data.Rows, maxDegreeOfParallelism: threads));

        var one = Search(1);
        var four = Search(4);
        Assert.Contains(one.Leaderboard, e => e.Status == CandidateStatus.Skipped);
        Assert.Contains(one.Leaderboard, e => e.Status == CandidateStatus.Scored);
        Assert.Equal(one.Chosen.Description, four.Chosen.Description);
        Assert.Equal(one.Labels, four.Labels);
        Assert.Equal(
            one.Leaderboard.Select(e => (e.Candidate, e.Status, e.Reason, e.Silhouette, e.Score, e.Stability, e.NeighbourModularity)),
            four.Leaderboard.Select(e => (e.Candidate, e.Status, e.Reason, e.Silhouette, e.Score, e.Stability, e.NeighbourModularity)));
        Assert.Equal(one.PlannedSeconds, four.PlannedSeconds);
    }

    [Fact]
    public void Spectral_is_left_out_for_large_tables() =>
        Assert.DoesNotContain(AlgorithmCatalog.Default(AlgorithmCatalog.SpectralMaxRows + 1), s => s.Name == "spectral");

    [Fact]
    public void Unknown_names_are_rejected_with_the_valid_ones()
    {
        var ex = Assert.Throws<ArgumentException>(() => AlgorithmCatalog.Create("kmeanz", 100));
        Assert.Contains("kmeans", ex.Message, StringComparison.Ordinal);
        Assert.All(AlgorithmCatalog.Names, n => Assert.Equal(n, AlgorithmCatalog.Create(n, 100).Name));
    }

    [Fact]
    public void Genie_smoothing_factors_below_one_are_named_and_repeats_give_one_variant()
    {
        var ex = Assert.Throws<ArgumentException>(() => AlgorithmCatalog.Genie(smoothing: [1, 0]));
        Assert.Equal("smoothing", ex.ParamName);
        Assert.Equal(["", "M=5"], AlgorithmCatalog.Genie(smoothing: [1, 5, 5]).Variants);
    }

    [Fact]
    public void A_k_means_candidate_on_a_large_table_is_fitted_on_a_sample_and_labels_every_row()
    {
        var (data, truth) = SelectionTestData.Blobs(3, 7_000);
        var candidate = new Candidate(0, "raw", AlgorithmCatalog.KMeans(maxDegreeOfParallelism: 1), 3, string.Empty, 0);
        var fitted = CandidateFitter.Fit(candidate, data, seed: 42);
        Assert.Equal(AlgorithmCatalog.KMeansMaxFitRows, fitted.FitData.Rows);
        Assert.Equal(data.Rows, fitted.Labels.Length);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, fitted.Labels), 1e-9);
    }
}
