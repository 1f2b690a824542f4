using System.Text.Json;
using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Preprocessing;

public sealed class PcaPreprocessingTests
{
    [Theory]
    [InlineData(new[] { 0.95, 0.03, 0.02 }, 2)] // one component reaches 90 %, but at least 2 are kept
    [InlineData(new[] { 0.5, 0.3, 0.15, 0.05 }, 3)] // 0.5 + 0.3 = 0.8 < 0.9 ≤ 0.95
    [InlineData(new[] { 0.4, 0.3, 0.2, 0.1 }, 3)] // exactly 0.9 counts as reached
    [InlineData(new[] { 0.3, 0.3, 0.2, 0.2 }, 4)]
    public void Components_are_the_fewest_reaching_90_percent_and_at_least_2(double[] ratios, int expected) =>
        Assert.Equal(expected, PcaChoice.ComponentsFor(ratios));

    private static (Dictionary<string, double[]> Raw, Preprocessor Pre) Correlated()
    {
        // Three features driven by one factor plus small noise, and one independent feature.
        var rng = new Random(3);
        int n = 200;
        var f = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 10).ToArray();
        var raw = new Dictionary<string, double[]>
        {
            ["a"] = f.Select(x => x + rng.NextDouble()).ToArray(),
            ["b"] = f.Select(x => (2 * x) + (3 * rng.NextDouble())).ToArray(),
            ["c"] = f.Select(x => 5 - x + (2 * rng.NextDouble())).ToArray(),
            ["d"] = f.Select(_ => rng.NextDouble()).ToArray(),
        };
        var scaled = PreprocessorFitter.Fit(
            raw.Select(kv => new RawFeature(kv.Key, kv.Value, false)).ToArray(),
            new PreprocessingOptions { DuplicateCorrelation = 1 });
        var pca = PcaChoice.Fit(scaled.Apply(raw, n), seed: 42);
        Assert.NotNull(pca);
        return (raw, scaled with { Pca = pca });
    }

    [Fact]
    public void Correlated_features_reduce_to_fewer_components()
    {
        var (raw, pre) = Correlated();
        Assert.Equal(2, pre.Pca!.ComponentCount);
        Assert.True(pre.Pca.ExplainedVarianceRatio.Sum() >= PcaChoice.VarianceTarget);
        var model = pre.Apply(raw, 200);
        Assert.Equal((200, 2), (model.Rows, model.Cols));
        Assert.Equal(4, pre.Scale(raw, 200).Cols);
    }

    [Fact]
    public void A_saved_pca_preprocessor_reproduces_the_model_space_bit_for_bit()
    {
        var (raw, pre) = Correlated();
        string json = JsonSerializer.Serialize(pre, RunJson.Options);
        var loaded = JsonSerializer.Deserialize<Preprocessor>(json, RunJson.Options)!;

        Assert.NotNull(loaded.Pca);
        Assert.Equal(pre.Apply(raw, 200).Values, loaded.Apply(raw, 200).Values);
    }

    [Fact]
    public void A_preprocessor_saved_before_pca_existed_loads_without_one()
    {
        var (raw, pre) = Correlated();
        var json = JsonSerializer.SerializeToNode(pre with { Pca = null }, RunJson.Options)!.AsObject();
        json.Remove("pca");
        var loaded = JsonSerializer.Deserialize<Preprocessor>(json, RunJson.Options)!;
        Assert.Null(loaded.Pca);
        Assert.Equal(pre.Scale(raw, 200).Values, loaded.Apply(raw, 200).Values);
    }

    [Fact]
    public void Independent_features_get_no_pca_preparation()
    {
        var rng = new Random(5);
        var m = new Core.Data.Matrix<double>(300, 3);
        for (int i = 0; i < m.Values.Length; i++)
        {
            m.Values[i] = rng.NextDouble();
        }

        Assert.Null(PcaChoice.Fit(m, seed: 42));
    }
}
