using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Pipeline.Tests.Preprocessing;

public sealed class RobustSpreadTests
{
    [Fact]
    public void A_binary_flag_has_its_plain_standard_deviation()
    {
        // Ten customers, three with the flag: 1 % of ten is less than one customer, nothing is winsorized;
        // the spread is √(0.3 · 0.7). (The IQR of the same column is 0.75, and 0 with two flags.)
        double[] sorted = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1];
        Assert.Equal(Math.Sqrt(0.21), RobustSpread.WinsorizedStd(sorted, 0.01), 12);
    }

    [Fact]
    public void One_extreme_customer_in_a_hundred_is_pulled_in_before_the_spread_is_measured()
    {
        // 0..98 and one 10,000: the smallest value becomes 1 and the largest 98, so the values are
        // 1, 1, 2, ..., 98, 98: mean 49.5, mean of squares (98·99·197/6 + 1 + 98²) / 100 = 3281.54.
        double[] sorted = [.. Enumerable.Range(0, 99).Select(i => (double)i), 10_000];
        Assert.Equal(Math.Sqrt(3281.54 - (49.5 * 49.5)), RobustSpread.WinsorizedStd(sorted, 0.01), 9);
    }

    [Fact]
    public void A_flag_held_by_one_customer_in_a_hundred_winsorizes_to_no_spread()
    {
        double[] sorted = [.. Enumerable.Repeat(0.0, 99), 1];
        Assert.Equal(0, RobustSpread.WinsorizedStd(sorted, 0.01));
    }

    [Fact]
    public void A_tail_share_of_zero_is_the_population_standard_deviation()
    {
        double[] sorted = [1, 2, 4, 7, 100];
        Assert.Equal(Stats.MeanStd(sorted).Std, RobustSpread.WinsorizedStd(sorted, 0), 12);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    public void A_tail_share_outside_zero_to_one_half_is_refused(double share)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RobustSpread.WinsorizedStd([1.0, 2.0], share));
        Assert.Equal("tailShare", e.ParamName);
    }
}
