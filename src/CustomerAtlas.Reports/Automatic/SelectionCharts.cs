using CustomerAtlas.Core.Selection;
using ScottPlot;

namespace CustomerAtlas.Reports.Automatic;

/// <summary>
/// The k-selection charts of the automatic search, as inline SVG: one line per algorithm and
/// preprocessing of an index (silhouette, Calinski–Harabasz, BIC) against k.
/// </summary>
public static class SelectionCharts
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 560;

    /// <summary>Chart height in pixels.</summary>
    public const int Height = 320;

    /// <summary>Silhouette against k (higher is better).</summary>
    public static string? Silhouette(IReadOnlyList<LeaderboardEntry> leaderboard) =>
        Chart(leaderboard, e => e.Silhouette, "Silhouette by k (higher is better)", "mean silhouette");

    /// <summary>Calinski–Harabasz against k: the elbow view.</summary>
    public static string? CalinskiHarabasz(IReadOnlyList<LeaderboardEntry> leaderboard) =>
        Chart(leaderboard, e => e.CalinskiHarabasz, "Calinski–Harabasz by k (elbow)", "variance ratio");

    /// <summary>BIC against k for model-based candidates (lower is better), or null when none has one.</summary>
    public static string? Bic(IReadOnlyList<LeaderboardEntry> leaderboard) =>
        Chart(leaderboard, e => e.Bic, "BIC by k (lower is better)", "BIC");

    private static string? Chart(IReadOnlyList<LeaderboardEntry> leaderboard, Func<LeaderboardEntry, double?> value, string title, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var series = leaderboard
            .Where(e => e.RequestedK is not null && value(e) is double v && double.IsFinite(v))
            .GroupBy(e => $"{e.Algorithm}{(e.Variant.Length > 0 ? " " + e.Variant : string.Empty)} / {e.Preprocessing}", StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        if (series.Length == 0)
        {
            return null;
        }

        var plot = new Plot();
        foreach (var group in series)
        {
            var points = group.OrderBy(e => e.RequestedK).ToArray();
            var line = plot.Add.Scatter(
                points.Select(e => (double)e.RequestedK!.Value).ToArray(),
                points.Select(e => value(e)!.Value).ToArray());
            line.LegendText = group.Key;
        }

        plot.Title(title);
        plot.XLabel("k");
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperRight);
        return plot.GetSvgHtml(Width, Height);
    }
}
