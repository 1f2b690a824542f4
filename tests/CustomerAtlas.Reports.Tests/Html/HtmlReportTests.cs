using CustomerAtlas.Reports.Html;

namespace CustomerAtlas.Reports.Tests.Html;

public sealed class HtmlReportTests
{
    [Fact]
    public void Report_is_self_contained_with_every_section()
    {
        string html = HtmlReport.Render(SampleReport.Model());
        foreach (string section in new[] { "Segments", "heat map", "Map of customers", "Profiles", "Choosing k", "Data quality" })
        {
            Assert.Contains(section, html, StringComparison.Ordinal);
        }

        Assert.Equal(4, html.Split("<svg").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
        Assert.Contains("orders&lt;script&gt;.csv", html, StringComparison.Ordinal);
        Assert.Contains("Lapsed one-time", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_scales_to_the_page_instead_of_being_cropped()
    {
        string html = HtmlReport.Render(SampleReport.Model());
        var tags = System.Text.RegularExpressions.Regex.Matches(html, "<svg[^>]*>").Select(m => m.Value).ToList();
        Assert.Equal(4, tags.Count);
        Assert.All(tags, tag => Assert.Matches("viewBox=\"0 0 [0-9.]+ [0-9.]+\"", tag));
    }
}
