using CustomerAtlas.Core.Drift;
using CustomerAtlas.Reports.Html;

namespace CustomerAtlas.Reports.Tests.Html;

public class DriftPageTests
{
    private static DriftReport Report(DriftVerdict verdict, params string[] reasons) => new(
        verdict, reasons, 500, 450,
        [new FeatureDrift("spend <&>", 0.31, 0, 0.02, 40, 75), new FeatureDrift("visits", 0.01, 0, 0, 3, 3)],
        [new SegmentShift(0, "Loyal \"regulars\"", 0.6, 0.5), new SegmentShift(1, "Lapsed", 0.4, 0.5)],
        0.04, 0.003, 0.12, 0);

    [Fact]
    public void Shows_the_verdict_the_reasons_and_every_feature_and_segment_encoded()
    {
        string html = DriftPage.Render(Report(DriftVerdict.Refresh, "spend <&> moved (PSI 0.31)."), "20261207T000000Z-abc", "may.csv");
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Drift check: Refresh</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<li>spend &lt;&amp;&gt; moved (PSI 0.31).</li>", html, StringComparison.Ordinal);
        Assert.Contains("450 customers against the 500 model 20261207T000000Z-abc was fitted on", html, StringComparison.Ordinal);
        Assert.Contains("<td>spend &lt;&amp;&gt;</td><td class=\"n\">0.310</td>", html, StringComparison.Ordinal);
        Assert.Contains("Loyal &quot;regulars&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("spend <&>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stable_check_lists_no_reasons()
    {
        string html = DriftPage.Render(Report(DriftVerdict.Stable), "v1", "june.csv");
        Assert.Contains("<h1>Drift check: Stable</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul>", html, StringComparison.Ordinal);
    }
}
