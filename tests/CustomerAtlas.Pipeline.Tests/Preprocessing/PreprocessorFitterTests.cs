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
}
