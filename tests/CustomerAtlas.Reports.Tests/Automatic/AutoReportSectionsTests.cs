using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Profiling;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Reports.Automatic;
using CustomerAtlas.Reports.Html;
using CustomerAtlas.Reports.Tests.Html;

namespace CustomerAtlas.Reports.Tests.Automatic;

public class AutoReportSectionsTests
{
    private static AutoReportContent Content()
    {
        var rng = new Random(3);
        var rows = Enumerable.Range(0, 150).Select(i => new[] { (i % 3 * 10) + rng.NextDouble(), (i % 3 == 1 ? 50 : 5) + rng.NextDouble() }).ToArray();
        var data = Matrix<double>.FromRows(rows);
        var kmeans = new AlgorithmSpec { Name = "kmeans", Create = s => new KMeans(new KMeansOptions { K = s.K!.Value, Seed = s.Seed, MaxDegreeOfParallelism = 1 }) };
        var selection = new AutomaticSearch(ValidityHooks.Default, new SelectionOptions { MaxK = 5, StabilityCandidates = 2, StabilityResamples = 2 })
            .Run([new PreparedData("raw", data)], data, [kmeans]);
        var churn = Enumerable.Range(0, 150).Select(i => i % 3 == 0 ? 1.0 : 0.0).ToArray();
        var gender = Enumerable.Range(0, 150).Select(i => (string?)(i % 3 == 0 ? "F<script>" : "M")).ToArray();
        var explanation = new SegmentationExplainer().Explain(new ExplanationInput(
            data,
            ["recency_days", "spend"],
            selection.Labels,
            selection.Model.ClusterCount,
            data,
            Outcomes: new Dictionary<string, double[]> { ["Churn"] = churn },
            Protected: new Dictionary<string, string?[]> { ["gender"] = gender }));
        return new AutoReportContent(selection, null, [], explanation, ["Churn"]);
    }

    [Fact]
    public void Every_section_is_rendered_with_charts_and_encoded_text()
    {
        // As the pipeline does: the sections go into report.html after its own.
        var report = SampleReport.Model() with { Title = "Segments & more", ExtraSectionsHtml = AutoReportSections.Render(Content()) };
        string html = HtmlReport.Render(report);
        foreach (string id in new[] { "auto-choice", "auto-validation", "auto-segments", "auto-outcomes", "auto-fairness" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Segments &amp; more", html, StringComparison.Ordinal);
        Assert.DoesNotContain("F<script>", html, StringComparison.Ordinal);
        Assert.Contains("F&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("kmeans k=3 on raw", html, StringComparison.Ordinal);
        Assert.Contains("<th>valley</th>", html, StringComparison.Ordinal);
        Assert.Contains("valley ratio ≥ 1", html, StringComparison.Ordinal);
        Assert.Contains("Kept out of the clustering features: Churn.", html, StringComparison.Ordinal);
        Assert.Contains("class=\"num flag\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_need_at_least_two_points_per_line()
    {
        var single = new LeaderboardEntry(1, "kmeans k=2 on raw", "raw", "kmeans", "", 2, CandidateStatus.Scored, null, 2, 0, 0.5, 0.7, 100, 0.4, null, 1, 0.8, 0.1);
        Assert.Null(SelectionCharts.Silhouette([single]));
        Assert.NotNull(SelectionCharts.Silhouette([single, single with { RequestedK = 3, Silhouette = 0.6 }]));
        Assert.Null(SelectionCharts.Bic([single, single with { RequestedK = 3 }]));
    }
}
