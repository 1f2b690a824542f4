using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Tests.Statistics;

public class FairnessCompositionTests
{
    [Fact]
    public void Parity_ratios_and_flags_follow_the_band()
    {
        // Population 50 % F. Segment 0: 3 of 4 F (ratio 1.5, flagged); segment 1: 1 of 4 F (0.5, flagged);
        // segment 2: 2 of 4 F (1.0).
        string?[] gender = ["F", "F", "F", "M", "F", "M", "M", "M", "F", "F", "M", "M"];
        int[] labels = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2];
        var report = FairnessComposition.Analyze("gender", gender, labels, 3);
        var female = report.Cells.Where(c => c.Value == "F").ToArray();
        Assert.Equal([1.5, 0.5, 1.0], female.Select(c => c.ParityRatio).ToArray());
        Assert.Equal([true, true, false], female.Select(c => c.Flagged).ToArray());
        Assert.Equal([0, 1], report.FlaggedSegments);
        Assert.Equal(6, report.Cells.Count);
    }

    [Fact]
    public void Balanced_segments_are_not_flagged()
    {
        string?[] values = ["a", "b", "a", "b", null, "a", "b"];
        int[] labels = [0, 0, 1, 1, 1, -1, -1];
        var report = FairnessComposition.Analyze("x", values, labels, 2);
        Assert.Empty(report.FlaggedSegments);
        Assert.All(report.Cells, c => Assert.Equal(1, c.ParityRatio, 1e-12));
    }

    [Fact]
    public void A_band_without_one_is_rejected() =>
        Assert.Throws<ArgumentException>(() => FairnessComposition.Analyze("x", ["a"], [0], 1, 1.1, 1.3));
}
