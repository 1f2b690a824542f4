using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Tests.Statistics;

public class OneWayAnovaTests
{
    [Fact]
    public void Three_groups_match_hand_computation()
    {
        // Group means 2, 5, 8, grand mean 5: SSB = 3(9 + 0 + 9) = 54, SSW = 6, F = (54 / 2) / (6 / 6) = 27.
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9];
        int[] groups = [0, 0, 0, 1, 1, 1, 2, 2, 2];
        var result = OneWayAnova.Test(values, groups, 3);
        Assert.Equal(27, result.F, 1e-12);
        Assert.Equal(2, result.BetweenDf);
        Assert.Equal(6, result.WithinDf);
        Assert.Equal(Math.Pow(1 + (2 * 27.0 / 6), -3), result.PValue, 1e-12);
        Assert.Equal(54.0 / 60, result.EtaSquared, 1e-12);
    }

    [Fact]
    public void Noise_rows_missing_values_and_empty_groups_are_ignored()
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100, double.NaN];
        int[] groups = [0, 0, 0, 2, 2, 2, 3, 3, 3, -1, 0];
        var result = OneWayAnova.Test(values, groups, 4);
        Assert.Equal(27, result.F, 1e-12);
        Assert.Equal(2, result.BetweenDf);
    }

    [Fact]
    public void Equal_means_give_f_zero()
    {
        var result = OneWayAnova.Test([1, 3, 1, 3], [0, 0, 1, 1], 2);
        Assert.Equal(0, result.F, 1e-12);
        Assert.Equal(1, result.PValue, 1e-12);
    }

    [Fact]
    public void Constant_distinct_groups_are_certainly_different()
    {
        var result = OneWayAnova.Test([1, 1, 2, 2], [0, 0, 1, 1], 2);
        Assert.Equal(0, result.PValue);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => OneWayAnova.Test([1, 2], [0], 1));
}
