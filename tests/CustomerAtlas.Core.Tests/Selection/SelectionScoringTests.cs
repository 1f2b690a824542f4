using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class SelectionScoringTests
{
    // The formula tests use every component (the pre-issue-10 weights); defaults are tested apart.
    private static readonly ScoreWeights Weights = new() { Silhouette = 0.35, Stability = 0.30, DaviesBouldin = 0.15, CalinskiHarabasz = 0.10, Bic = 0.10 };

    [Fact]
    public void Default_score_is_silhouette_and_stability_only()
    {
        var a = new CandidateIndices(0.6, 200, 0.5, 1000, 0.9, 0, "gmm");
        var b = new CandidateIndices(0.2, 100, 1.0, 900, 0.5, 0, "gmm");
        var scores = SelectionScoring.Score([a, b], new ScoreWeights(), includeStability: true);
        Assert.Equal((0.7 * 0.8) + (0.3 * 0.9), scores[0], 1e-12);
        Assert.Equal((0.7 * 0.6) + (0.3 * 0.5), scores[1], 1e-12);
        Assert.Equal(0.8, SelectionScoring.Score([a], new ScoreWeights(), includeStability: false)[0], 1e-12);
    }

    [Fact]
    public void Score_is_the_documented_weighted_mean()
    {
        var a = new CandidateIndices(0.6, 200, 0.5, null, 0.9, 0, "kmeans");
        var b = new CandidateIndices(0.2, 100, 1.0, null, 0.5, 0, "kmeans");
        var scores = SelectionScoring.Score([a, b], Weights, includeStability: true);
        double expectedA = ((0.35 * 0.8) + (0.15 * (1 / 1.5)) + (0.10 * 1.0) + (0.30 * 0.9)) / 0.90;
        double expectedB = ((0.35 * 0.6) + (0.15 * 0.5) + (0.10 * 0.5) + (0.30 * 0.5)) / 0.90;
        Assert.Equal(expectedA, scores[0], 1e-12);
        Assert.Equal(expectedB, scores[1], 1e-12);
    }

    [Fact]
    public void Screening_ignores_stability_and_noise_scales_the_score()
    {
        var clean = new CandidateIndices(0.6, 200, 0.5, null, 0.1, 0, "x");
        var noisy = clean with { NoiseShare = 0.25 };
        var scores = SelectionScoring.Score([clean, noisy], Weights, includeStability: false);
        double expected = ((0.35 * 0.8) + (0.15 * (1 / 1.5)) + (0.10 * 1.0)) / 0.60;
        Assert.Equal(expected, scores[0], 1e-12);
        Assert.Equal(expected * 0.75, scores[1], 1e-12);
    }

    [Fact]
    public void Bic_is_compared_only_within_its_group()
    {
        var gmm2 = new CandidateIndices(0.5, 100, 1, 1000, null, 0, "gmm|zscore");
        var gmm3 = gmm2 with { Bic = 900 };
        var other = gmm2 with { Bic = 5, BicGroup = "gmm|robust" };
        var scores = SelectionScoring.Score([gmm2, gmm3, other], Weights, includeStability: false);
        Assert.True(scores[1] > scores[0]);
        Assert.Equal(scores[1], scores[2], 1e-12);
    }

    [Fact]
    public void Negative_weights_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ScoreWeights { Stability = -1, Bic = double.NaN }.Validate());
        Assert.Equal("Stability", ex.ParamName);
        Assert.Contains("Bic", ex.Message);
    }
}
