using CustomerAtlas.Pipeline.Profiling;

namespace CustomerAtlas.Pipeline.Tests.Profiling;

public sealed class SegmentNamerTests
{
    private static FeatureSummary D(string feature, double diff) => new(feature, 0, 0, 0, diff);

    [Fact]
    public void Names_come_from_the_two_strongest_drivers()
    {
        var names = SegmentNamer.Name([
            [D("monetary_total", 1.8), D("frequency", 1.2), D("recency_days", -0.5)],
            [D("recency_days", 1.5), D("frequency", -1.0), D("tenure_days", 0.2)],
        ]);
        Assert.Equal(["High-value frequent", "Lapsed one-time"], names);
    }

    [Fact]
    public void Clashing_names_take_a_third_word_then_a_number()
    {
        var names = SegmentNamer.Name([
            [D("monetary_total", 1.8), D("frequency", 1.2), D("tenure_days", 0.5)],
            [D("monetary_total", 1.0), D("frequency", 0.9), D("tenure_days", -0.5)],
            [D("monetary_total", 1.0), D("frequency", 0.9), D("tenure_days", -0.4)],
        ]);
        Assert.Equal(3, names.Distinct().Count());
        Assert.Equal("High-value frequent loyal", names[0]);
        Assert.Equal("High-value frequent new (2)", names[2]);
    }

    [Fact]
    public void Table_features_name_their_level()
    {
        Assert.Equal("Two year Contract", SegmentNamer.Word("Contract=Two year", 1.1));
        Assert.Equal("Low Income", SegmentNamer.Word("Income", -0.7));
    }
}
