using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Tests.Statistics;

public class OutcomeAnalysisTests
{
    [Fact]
    public void Binary_outcome_gives_rates_lift_and_chi_square()
    {
        // Segment 0: 8 of 10 churn; segment 1: 2 of 10 churn; population 50 %.
        double[] churn = [.. Enumerable.Repeat(1.0, 8), 0, 0, 1, 1, .. Enumerable.Repeat(0.0, 8)];
        int[] labels = [.. Enumerable.Repeat(0, 10), .. Enumerable.Repeat(1, 10)];
        var report = OutcomeAnalysis.Analyze(churn, labels, 2);
        Assert.True(report.IsBinary);
        Assert.Equal("chi-square", report.Test);
        Assert.Equal(0.5, report.PopulationValue, 1e-12);
        Assert.Equal(0.8, report.Segments[0].Value, 1e-12);
        Assert.Equal(1.6, report.Segments[0].Lift, 1e-12);
        Assert.Equal(0.4, report.Segments[1].Lift, 1e-12);
        var direct = ChiSquareTest.Independence(new long[,] { { 2, 8 }, { 8, 2 } });
        Assert.Equal(direct.Statistic, report.Statistic, 1e-12);
        Assert.Equal(direct.PValue, report.PValue, 1e-15);
    }

    [Fact]
    public void Numeric_outcome_gives_means_and_anova()
    {
        double[] spend = [10, 12, 14, 30, 32, 34];
        int[] labels = [0, 0, 0, 1, 1, 1];
        var report = OutcomeAnalysis.Analyze(spend, labels, 2);
        Assert.False(report.IsBinary);
        Assert.Equal("anova", report.Test);
        Assert.Equal(12, report.Segments[0].Value, 1e-12);
        Assert.Equal(32.0 / 22, report.Segments[1].Lift, 1e-12);
        Assert.Equal(OneWayAnova.Test(spend, labels, 2).PValue, report.PValue, 1e-15);
    }

    [Fact]
    public void Noise_and_unknown_outcomes_are_left_out()
    {
        var report = OutcomeAnalysis.Analyze([1, 0, double.NaN, 1], [0, 1, 1, -1], 2);
        Assert.Equal(0.5, report.PopulationValue, 1e-12);
        Assert.Equal(1, report.Segments[1].Count);
    }

    [Fact]
    public void All_unknown_is_rejected() =>
        Assert.Throws<ArgumentException>(() => OutcomeAnalysis.Analyze([double.NaN], [0], 1));
}
