using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class SelectionOptionsTests
{
    [Theory]
    [InlineData(0.02, 50)]
    [InlineData(0.05, 20)]
    [InlineData(0.1, 10)]
    [InlineData(0.3, 3)]
    [InlineData(0.49, 2)]
    [InlineData(0.0, SelectionOptions.DerivedMaxKCap)]
    [InlineData(0.001, SelectionOptions.DerivedMaxKCap)]
    public void Max_k_follows_a_given_minimum_segment_share(double share, int expected) =>
        Assert.Equal(expected, new SelectionOptions { MinSegmentShare = share }.EffectiveMaxK(rows: 1_000));

    // 2 % of the rows, or 100 rows where that is less, never below 0.5 %; max k = ⌊1 / share⌋ up to 100.
    [Theory]
    [InlineData(200, 0.02, 50)]
    [InlineData(5_000, 0.02, 50)]
    [InlineData(8_000, 0.0125, 80)]
    [InlineData(10_000, 0.01, 100)]
    [InlineData(20_000, 0.005, 100)]
    [InlineData(1_000_000, 0.005, 100)]
    public void The_default_share_lets_large_tables_have_smaller_segments(int rows, double share, int maxK)
    {
        var options = new SelectionOptions();
        Assert.Equal(share, options.EffectiveMinSegmentShare(rows), 12);
        Assert.Equal(maxK, options.EffectiveMaxK(rows));
    }

    [Fact]
    public void A_given_share_holds_at_every_size()
    {
        var options = new SelectionOptions { MinSegmentShare = 0.03 };
        Assert.Equal(0.03, options.EffectiveMinSegmentShare(100));
        Assert.Equal(0.03, options.EffectiveMinSegmentShare(1_000_000));
    }

    [Fact]
    public void An_explicit_max_k_wins()
    {
        Assert.Equal(7, new SelectionOptions { MaxK = 7 }.EffectiveMaxK(1_000_000));
        Assert.Equal(50, new SelectionOptions().EffectiveMaxK(3_000));
    }

    [Fact]
    public void Clear_gap_ratio_must_exceed_one()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SelectionOptions { ClearGapRatio = 1 }.Validate());
        Assert.Equal("ClearGapRatio", ex.ParamName);
        new SelectionOptions { ClearGapRatio = double.PositiveInfinity }.Validate();
    }
}
