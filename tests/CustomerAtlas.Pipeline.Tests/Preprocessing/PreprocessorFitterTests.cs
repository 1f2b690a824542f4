using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Pipeline.Tests.Preprocessing;

public sealed class PreprocessorFitterTests
{
    private static readonly double[] Skewed = [1, 1, 2, 2, 3, 3, 4, 5, 8, 200];

    [Fact]
    public void Skewed_money_gets_log1p_and_robust_scaling_with_recorded_reasons()
    {
        var p = PreprocessorFitter.Fit([new RawFeature("spend", Skewed, true)], new PreprocessingOptions());
        var t = Assert.Single(p.Transforms);
        Assert.True(t.Log1p);
        Assert.Equal(ScalingMethod.Robust, t.Scaling);
        Assert.Contains("log1p", t.Reason, StringComparison.Ordinal);
        Assert.Equal(0, t.Apply(t.Impute), 12);
    }

    [Fact]
    public void Skewed_feature_that_is_not_money_or_count_keeps_its_scale()
    {
        var p = PreprocessorFitter.Fit([new RawFeature("ratio", Skewed, false)], new PreprocessingOptions());
        Assert.False(Assert.Single(p.Transforms).Log1p);
    }

    [Fact]
    public void Constant_and_near_duplicate_features_are_dropped_with_reasons()
    {
        double[] a = [1, 2, 3, 4, 5, 6, 7, 8];
        double[] twin = a.Select(x => (2 * x) + 0.001).ToArray();
        double[] other = [5, 1, 4, 2, 8, 3, 7, 6];
        var p = PreprocessorFitter.Fit(
            [new RawFeature("a", a, false), new RawFeature("c", [3, 3, 3, 3, 3, 3, 3, 3], false), new RawFeature("twin", twin, false), new RawFeature("o", other, false)],
            new PreprocessingOptions());
        Assert.Equal(["a", "o"], p.Transforms.Select(t => t.Name));
        Assert.Equal("constant", p.Dropped.Single(d => d.Name == "c").Reason);
        Assert.StartsWith("near-duplicate of 'a'", p.Dropped.Single(d => d.Name == "twin").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_are_imputed_with_the_median_and_extremes_clipped()
    {
        double[] values = [1, 2, double.NaN, 4, 5, 1000];
        var p = PreprocessorFitter.Fit([new RawFeature("x", values, false)], new PreprocessingOptions { Scaling = ScalingMethod.Standard, Clip = 1 });
        var t = Assert.Single(p.Transforms);
        Assert.Equal(4, t.Impute);
        var m = p.Apply(new Dictionary<string, double[]> { ["x"] = values }, values.Length);
        Assert.Equal(t.Apply(4), m[2, 0]);
        Assert.Equal(1, m[5, 0]);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(30)]
    public void Robust_scaling_gives_a_flag_its_standard_deviation_whatever_its_share(int holders)
    {
        // A 0/1 flag held by 20 or 30 customers in 100: the IQR would be 0 (z-scaling fallback) or 1, a
        // jump of ×4 in the flag's weight; the winsorized spread is √(q(1 − q)) either way.
        double[] flag = [.. Enumerable.Range(0, 100).Select(i => i < holders ? 1.0 : 0.0)];
        var t = Assert.Single(PreprocessorFitter.Fit([new RawFeature("flag", flag, false)], new PreprocessingOptions()).Transforms);
        double q = holders / 100.0;
        Assert.Equal(ScalingMethod.Robust, t.Scaling);
        Assert.Equal(0, t.Center);
        Assert.Equal(Math.Sqrt(q * (1 - q)), t.Scale, 12);
    }

    [Fact]
    public void Robust_scaling_of_a_flag_held_by_one_customer_in_a_hundred_falls_back_to_the_standard_deviation()
    {
        double[] flag = [.. Enumerable.Range(0, 100).Select(i => i == 0 ? 1.0 : 0.0)];
        var t = Assert.Single(PreprocessorFitter.Fit([new RawFeature("flag", flag, false)], new PreprocessingOptions()).Transforms);
        Assert.Equal(Math.Sqrt(0.01 * 0.99), t.Scale, 12);
        Assert.Contains("plain standard deviation", t.Reason, StringComparison.Ordinal);
        Assert.Equal(5, t.Apply(1), 12); // 1 / 0.0995 = 10 standard deviations: clipped
    }

    [Fact]
    public void Robust_scaling_of_a_heavy_tail_measures_the_bulk_and_clips_the_extreme_customer()
    {
        // 0..98 and one 10,000 (not money, so no log): median 49.5, spread of 1, 1, 2, ..., 98, 98 = √831.29;
        // the plain standard deviation would be about 990, squeezing every other customer into ±0.1.
        double[] values = [.. Enumerable.Range(0, 99).Select(i => (double)i), 10_000];
        var t = Assert.Single(PreprocessorFitter.Fit([new RawFeature("x", values, false)], new PreprocessingOptions()).Transforms);
        Assert.False(t.Log1p);
        Assert.Equal(49.5, t.Center, 12);
        Assert.Equal(Math.Sqrt(831.29), t.Scale, 9);
        Assert.Equal(5, t.Apply(10_000));
        Assert.Equal((98 - 49.5) / Math.Sqrt(831.29), t.Apply(98), 12);
        var standard = Assert.Single(PreprocessorFitter.Fit([new RawFeature("x", values, false)], new PreprocessingOptions { Scaling = ScalingMethod.Standard }).Transforms);
        Assert.InRange(standard.Scale, 980, 1000);
    }

    [Fact]
    public void A_tail_share_of_one_half_or_more_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => new PreprocessingOptions { RobustTailShare = 0.5 }.Validate());
        Assert.Equal("RobustTailShare", e.ParamName);
    }

    // x spreads about 5× as wide as y: one unit, so both are divided by x's spread and keep their sizes.
    private static readonly RawFeature[] Coordinates =
    [
        new("x", [0, 2, 4, 6, 8, 10, 12, 14, 16, 18], false),
        new("y", [3, 1, 2, 0, 3, 1, 2, 0, 3, 1], false),
    ];

    [Fact]
    public void Shared_scaling_keeps_features_of_one_unit_in_their_relative_sizes()
    {
        var p = PreprocessorFitter.Fit(Coordinates, new PreprocessingOptions { Scaling = ScalingMethod.Shared });
        Assert.All(p.Transforms, t => Assert.Equal(ScalingMethod.Shared, t.Scaling));
        Assert.Equal(p.Transforms[0].Scale, p.Transforms[1].Scale);
        var robust = PreprocessorFitter.Fit(Coordinates, new PreprocessingOptions());
        Assert.All(robust.Transforms, t => Assert.Equal(ScalingMethod.Robust, t.Scaling));
        Assert.Equal(robust.Transforms[0].Scale, p.Transforms[0].Scale, 12);
        Assert.Equal(robust.Transforms.Select(t => t.Center), p.Transforms.Select(t => t.Center));
        double xStep = p.Transforms[0].Apply(4) - p.Transforms[0].Apply(0), yStep = p.Transforms[1].Apply(1) - p.Transforms[1].Apply(0);
        Assert.Equal(xStep, 4 * yStep, 12);
        Assert.Contains("shared-unit scaling", p.Transforms[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("skewness", p.Transforms[1].Reason, StringComparison.Ordinal);
    }
}
