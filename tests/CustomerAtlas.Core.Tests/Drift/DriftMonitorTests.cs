using CustomerAtlas.Core.Drift;

namespace CustomerAtlas.Core.Tests.Drift;

public class DriftMonitorTests
{
    private static readonly string[] Names = ["low", "high"];

    /// <summary>400 customers: spend uniform on 0..100, segment 0 below 50 and 1 above, distances 0..1 evenly.</summary>
    private static (Dictionary<string, double[]> Features, int[] Labels, double[] Distances) Customers(double spendScale = 1, double labelCut = 50, double distanceScale = 1)
    {
        var spend = Enumerable.Range(0, 400).Select(i => i / 4.0).ToArray();
        var features = new Dictionary<string, double[]> { ["spend"] = [.. spend.Select(s => s * spendScale)], ["visits"] = [.. spend.Select(s => s % 7)] };
        return (features, [.. spend.Select(s => s < labelCut ? 0 : 1)], [.. Enumerable.Range(0, 400).Select(i => distanceScale * i / 400.0)]);
    }

    private static DriftReference Reference()
    {
        var (features, labels, distances) = Customers();
        return DriftReference.Build([.. features.Select(f => (f.Key, f.Value))], labels, distances, 2, 10);
    }

    [Fact]
    public void The_fitted_customers_themselves_are_stable()
    {
        var (features, labels, distances) = Customers();
        var report = DriftMonitor.Compare(Reference(), Names, features, labels, distances);
        Assert.Equal(DriftVerdict.Stable, report.Verdict);
        Assert.Empty(report.Reasons);
        Assert.All(report.Features, f => Assert.Equal(0, f.Psi, 12));
        Assert.Equal(0, report.SegmentPsi, 12);
        Assert.Equal(1, report.SegmentPValue, 9);
        Assert.Equal(0.1, report.FarShare, 2);
        Assert.Equal([0.5, 0.5], report.Segments.Select(s => Math.Round(s.ShareBefore, 12)));
    }

    [Fact]
    public void A_feature_that_doubled_asks_for_a_refresh_and_is_named_first()
    {
        var (features, labels, distances) = Customers(spendScale: 2);
        var report = DriftMonitor.Compare(Reference(), Names, features, labels, distances);
        Assert.Equal(DriftVerdict.Refresh, report.Verdict);
        Assert.Equal("spend", report.Features[0].Name);
        Assert.True(report.Features[0].Psi > 0.25, $"PSI {report.Features[0].Psi}");
        Assert.StartsWith("spend moved (PSI", report.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(0, report.Features[1].Psi, 12);
    }

    [Fact]
    public void Moved_segment_shares_and_far_customers_are_reported()
    {
        // 60 % now land in segment 0 (PSI 0.08: a shift the chi-square test is sure of, below the watch level).
        var (features, labels, _) = Customers(labelCut: 60);
        var (_, _, far) = Customers(distanceScale: 1.25);
        var report = DriftMonitor.Compare(Reference(), Names, features, labels, far);
        Assert.Equal(0.6, report.Segments[0].ShareNow, 12);
        Assert.Equal((0.1 * Math.Log(0.6 / 0.5)) + (-0.1 * Math.Log(0.4 / 0.5)), report.SegmentPsi, 12);
        Assert.True(report.SegmentPValue < 0.001, $"p {report.SegmentPValue}");

        // Distances 25 % longer: the fit's 90th percentile (0.8975) is passed by every distance above it / 1.25.
        Assert.Equal(DriftVerdict.Refresh, report.Verdict);
        Assert.True(report.FarShare > 0.25, $"far {report.FarShare}");
        Assert.Contains(report.Reasons, r => r.Contains("farther from their segment's centre", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_features_and_bad_options_are_refused()
    {
        var (features, labels, distances) = Customers();
        features.Remove("visits");
        var error = Assert.Throws<ArgumentException>(() => DriftMonitor.Compare(Reference(), Names, features, labels, distances));
        Assert.Contains("visits", error.Message, StringComparison.Ordinal);
        var (all, _, _) = Customers();
        Assert.Throws<ArgumentException>(() => DriftMonitor.Compare(Reference(), Names, all, labels, distances, new DriftOptions { WatchPsi = 0.3, RefreshPsi = 0.2 }));
        Assert.Throws<ArgumentException>(() => new DriftOptions { Bins = 1 }.Validate());
        Assert.Throws<ArgumentException>(() => new DriftOptions { WatchFarShare = 0.05 }.Validate());
    }
}
