using CustomerAtlas.Core.Drift;

namespace CustomerAtlas.Core.Tests.Drift;

public class FeatureReferenceTests
{
    [Fact]
    public void Deciles_of_one_to_a_hundred_hold_a_tenth_each()
    {
        var reference = FeatureReference.Build("x", [.. Enumerable.Range(1, 100).Select(i => (double)i)], 10);
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80, 90], reference.Edges);
        Assert.Equal(11, reference.Shares.Length);
        Assert.All(reference.Shares.Take(10), s => Assert.Equal(0.1, s, 12));
        Assert.Equal(0, reference.Shares[^1]);
        Assert.Equal(50, reference.Median);
    }

    [Fact]
    public void A_value_on_an_edge_belongs_to_the_bin_below_and_missing_values_to_the_last()
    {
        var reference = FeatureReference.Build("x", [.. Enumerable.Range(1, 100).Select(i => (double)i)], 10);
        Assert.Equal(0, reference.BinOf(10));
        Assert.Equal(1, reference.BinOf(10.5));
        Assert.Equal(0, reference.BinOf(-1e9));
        Assert.Equal(9, reference.BinOf(1e9));
        Assert.Equal(10, reference.BinOf(double.NaN));
        Assert.Equal(10, reference.BinOf(double.PositiveInfinity));
    }

    [Fact]
    public void Repeated_values_give_fewer_bins_and_missingness_is_a_bin()
    {
        // 70 zeros, 20 ones, 10 missing: one edge (0), shares 0.7 / 0.2 / missing 0.1.
        double[] values = [.. Enumerable.Repeat(0.0, 70), .. Enumerable.Repeat(1.0, 20), .. Enumerable.Repeat(double.NaN, 10)];
        var binary = FeatureReference.Build("flag", values, 10);
        Assert.Equal([0], binary.Edges);
        Assert.Equal([0.7, 0.2, 0.1], binary.Shares.Select(s => Math.Round(s, 12)));

        var constant = FeatureReference.Build("c", [5, 5, 5, 5], 10);
        Assert.Empty(constant.Edges);
        Assert.Equal([1, 0], constant.Shares.Select(s => Math.Round(s, 12)));
        Assert.True(double.IsNaN(FeatureReference.Build("none", [double.NaN], 10).Median));
    }
}
