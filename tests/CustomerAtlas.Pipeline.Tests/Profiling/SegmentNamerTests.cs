using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Profiling;

namespace CustomerAtlas.Pipeline.Tests.Profiling;

public sealed class SegmentNamerTests
{
    [Fact]
    public void Manual_profiles_are_named_by_the_core_namer_with_the_feature_words()
    {
        // Two clear groups: big recent spenders and small lapsed ones.
        double[] spend = [100, 110, 120, 105, 5, 6, 4, 5];
        double[] recency = [2, 3, 1, 2, 300, 280, 310, 290];
        var raw = new[] { new RawFeature("monetary_total", spend, true), new RawFeature("recency_days", recency, false) };
        var preprocessor = PreprocessorFitter.Fit(raw, new PreprocessingOptions { DuplicateCorrelation = 1 });
        var matrix = preprocessor.Apply(raw.ToDictionary(f => f.Name, f => f.Values), spend.Length);
        int[] labels = [0, 0, 0, 0, 1, 1, 1, 1];

        var profiles = SegmentProfiler.Profile(raw, matrix, preprocessor, labels, 2, "monetary_total", new Dictionary<string, string?[]>());

        // Recency separates the groups more than spend does, so it leads both names.
        Assert.Equal(["Recent, high-value", "Lapsed, low-value"], profiles.Select(p => p.Name));
    }
}
