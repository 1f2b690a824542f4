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
    public void Default_max_k_follows_the_minimum_segment_share(double share, int expected) =>
        Assert.Equal(expected, new SelectionOptions { MinSegmentShare = share }.EffectiveMaxK);

    [Fact]
    public void An_explicit_max_k_wins()
    {
        Assert.Equal(7, new SelectionOptions { MaxK = 7 }.EffectiveMaxK);
        Assert.Equal(50, new SelectionOptions().EffectiveMaxK);
    }

    [Fact]
    public void Clear_gap_ratio_must_exceed_one()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SelectionOptions { ClearGapRatio = 1 }.Validate());
        Assert.Equal("ClearGapRatio", ex.ParamName);
        new SelectionOptions { ClearGapRatio = double.PositiveInfinity }.Validate();
    }
}
