using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Tests.Statistics;

public class ChiSquareTestTests
{
    [Fact]
    public void Two_by_two_table_matches_hand_computation()
    {
        // Expected counts 12, 18, 28, 42: χ² = 4/12 + 4/18 + 4/28 + 4/42.
        var result = ChiSquareTest.Independence(new long[,] { { 10, 20 }, { 30, 40 } });
        double expected = (4.0 / 12) + (4.0 / 18) + (4.0 / 28) + (4.0 / 42);
        Assert.Equal(expected, result.Statistic, 1e-12);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(Distributions.ChiSquareSurvival(expected, 1), result.PValue, 1e-15);
        Assert.InRange(result.PValue, 0.372, 0.374);
    }

    [Fact]
    public void Proportional_rows_are_perfectly_independent()
    {
        var result = ChiSquareTest.Independence(new long[,] { { 5, 10, 15 }, { 10, 20, 30 } });
        Assert.Equal(0, result.Statistic, 1e-12);
        Assert.Equal(1, result.PValue, 1e-12);
        Assert.Equal(2, result.DegreesOfFreedom);
    }

    [Fact]
    public void Empty_rows_and_columns_are_left_out()
    {
        var full = ChiSquareTest.Independence(new long[,] { { 10, 20 }, { 30, 40 } });
        var padded = ChiSquareTest.Independence(new long[,] { { 10, 0, 20 }, { 0, 0, 0 }, { 30, 0, 40 } });
        Assert.Equal(full, padded);
    }

    [Fact]
    public void Perfect_association_has_cramers_v_one()
    {
        var result = ChiSquareTest.Independence(new long[,] { { 50, 0 }, { 0, 50 } });
        Assert.Equal(1, result.CramersV, 1e-12);
        Assert.True(result.PValue < 1e-20);
    }

    [Fact]
    public void Degenerate_table_has_no_evidence()
    {
        var result = ChiSquareTest.Independence(new long[,] { { 3, 4 } });
        Assert.Equal(1, result.PValue);
        Assert.Equal(0, result.DegreesOfFreedom);
    }

    [Fact]
    public void Negative_counts_are_rejected() =>
        Assert.Throws<ArgumentException>(() => ChiSquareTest.Independence(new long[,] { { 1, -1 }, { 2, 2 } }));
}
