using CustomerAtlas.Reports.Html;

namespace CustomerAtlas.Reports.Tests.Html;

/// <summary>A complete report model for tests that render report.html.</summary>
internal static class SampleReport
{
    /// <summary>Three segments of a small transaction log, with text that must be HTML-encoded.</summary>
    public static ReportModel Model() => new()
    {
        Title = "Customer segments",
        Source = "orders<script>.csv",
        Created = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Rows = 100,
        RowsUsed = 90,
        Customers = 10,
        Shape = "TransactionLog",
        Decisions = ["id: customer_id — name looks like a customer id"],
        Issues = [new ReportIssue("cancellation", "cancellations", 4, "KeepAsReturn")],
        Preprocessing = ["frequency: skewness 2.00 > threshold: log1p"],
        KCandidates = [new ReportK(2, 0.5, 100, 0.7), new ReportK(3, 0.6, 120, 0.6)],
        SelectionMethod = "silhouette",
        ChosenK = 3,
        Segments =
        [
            new ReportSegment(0, "High-value frequent", 3, 0.3, 0.6, ["monetary_total +1.5 sd"], new Dictionary<string, double>()),
            new ReportSegment(1, "Lapsed one-time", 4, 0.4, 0.1, ["recency_days +1.2 sd"], new Dictionary<string, double>()),
            new ReportSegment(2, "New small-basket", 3, 0.3, 0.3, ["tenure_days -1.0 sd"], new Dictionary<string, double>()),
        ],
        HeatFeatures = ["monetary_total", "recency_days"],
        Heat = new double[,] { { 1.5, -0.5 }, { -0.8, 1.2 }, { 0.1, -0.9 } },
        Scatter = Enumerable.Range(0, 10).Select(i => new ReportPoint(i, i % 3, i % 3)).ToList(),
        ScatterExplained = 0.8,
        Profile = [new ReportProfileRow("monetary_total", [100, 10, 40], 45)],
    };
}
