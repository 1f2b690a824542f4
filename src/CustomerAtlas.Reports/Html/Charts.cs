using ScottPlot;

namespace CustomerAtlas.Reports.Html;

/// <summary>The report's charts, drawn with ScottPlot and returned as SVG markup to inline.</summary>
public static class Charts
{
    private const int Width = 720;
    private const int Height = 360;

    /// <summary>Silhouette (left axis) and Davies–Bouldin (right axis) against k, the chosen k marked.</summary>
    public static string KSelection(IReadOnlyList<ReportK> candidates, int chosenK)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var plot = new Plot();
        double[] ks = candidates.Select(c => (double)c.K).ToArray();
        var sil = plot.Add.Scatter(ks, candidates.Select(c => c.Silhouette).ToArray());
        sil.LegendText = "silhouette (higher is better)";
        var db = plot.Add.Scatter(ks, candidates.Select(c => double.IsFinite(c.DaviesBouldin) ? c.DaviesBouldin : 0).ToArray());
        db.LegendText = "Davies–Bouldin (lower is better)";
        db.Axes.YAxis = plot.Axes.Right;
        var line = plot.Add.VerticalLine(chosenK);
        line.LegendText = $"chosen k = {chosenK}";
        line.LinePattern = LinePattern.Dashed;
        plot.Axes.Bottom.Label.Text = "k (segments)";
        plot.Axes.Left.Label.Text = "silhouette";
        plot.Axes.Right.Label.Text = "Davies–Bouldin";
        plot.ShowLegend(Alignment.UpperRight);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>
    /// The population stability index of each feature as horizontal bars (the largest first, at most
    /// <paramref name="most"/>), with the watch and refresh levels as dashed lines.
    /// </summary>
    public static string Psi(IReadOnlyList<(string Name, double Psi)> features, double watch, double refresh, int most = 15)
    {
        ArgumentNullException.ThrowIfNull(features);
        var shown = features.OrderByDescending(f => f.Psi).Take(most).Reverse().ToArray();
        var plot = new Plot();
        var bars = shown.Select((f, i) => new Bar
        {
            Position = i,
            Value = f.Psi,
            FillColor = f.Psi >= refresh ? Colors.FireBrick : f.Psi >= watch ? Colors.Orange : Colors.SteelBlue,
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        plot.Axes.Left.SetTicks(shown.Select((_, i) => (double)i).ToArray(), shown.Select(f => f.Name).ToArray());
        foreach (var (level, text) in new[] { (watch, "watch"), (refresh, "refresh") })
        {
            var line = plot.Add.VerticalLine(level);
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = $"{text} (PSI {level:0.##})";
        }

        plot.Axes.Bottom.Label.Text = "population stability index (fit → now)";
        plot.Axes.Margins(left: 0);
        plot.ShowLegend(Alignment.LowerRight);
        return plot.GetSvgXml(Width, Math.Max(Height / 2, 40 + (24 * shown.Length)));
    }

    /// <summary>Customers per segment as bars.</summary>
    public static string Sizes(IReadOnlyList<ReportSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = segments.Select((s, i) => new Bar { Position = i, Value = s.Size, FillColor = palette.GetColor(s.Id) }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(segments.Select((_, i) => (double)i).ToArray(), segments.Select(s => Wrap(s.Name)).ToArray());
        plot.Axes.Left.Label.Text = "customers";
        plot.Axes.Margins(bottom: 0);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>Segment × feature heat map of standardized differences (red above the mean, blue below).</summary>
    public static string HeatMap(IReadOnlyList<string> features, IReadOnlyList<ReportSegment> segments, double[,] values)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(values);
        var plot = new Plot();
        var clipped = new double[values.GetLength(0), values.GetLength(1)];
        for (int i = 0; i < clipped.GetLength(0); i++)
        {
            for (int j = 0; j < clipped.GetLength(1); j++)
            {
                clipped[i, j] = Math.Clamp(values[i, j], -2, 2);
            }
        }

        var heat = plot.Add.Heatmap(clipped);
        heat.Colormap = new ScottPlot.Colormaps.MellowRainbow();
        heat.ManualRange = new ScottPlot.Range(-2, 2);
        plot.Add.ColorBar(heat).Label = "standardized difference (sd)";
        int rows = clipped.GetLength(0);
        plot.Axes.Bottom.SetTicks(features.Select((_, j) => (double)j).ToArray(), features.ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        // Reserve room under the plot for the rotated feature names (the automatic layout does not).
        plot.Axes.Bottom.MinimumSize = 12 + (6.5f * features.Max(f => f.Length));
        plot.Axes.Left.SetTicks(segments.Select((_, i) => (double)(rows - 1 - i)).ToArray(), segments.Select(s => s.Name).ToArray());
        return plot.GetSvgXml(Math.Max(Width, 60 * features.Count + 260), 140 + (44 * rows) + 160 + (int)plot.Axes.Bottom.MinimumSize);
    }

    /// <summary>Customers on the first two principal components, coloured by segment.</summary>
    public static string Scatter(IReadOnlyList<ReportPoint> points, IReadOnlyList<ReportSegment> segments, double explained)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(segments);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var s in segments)
        {
            var mine = points.Where(p => p.Segment == s.Id).ToArray();
            var sc = plot.Add.ScatterPoints(mine.Select(p => p.X).ToArray(), mine.Select(p => p.Y).ToArray());
            sc.Color = palette.GetColor(s.Id).WithAlpha(0.6);
            sc.MarkerSize = 4;
            sc.LegendText = s.Name;
        }

        plot.Axes.Bottom.Label.Text = "PC 1";
        plot.Axes.Left.Label.Text = "PC 2";
        plot.Title($"2-D PCA of the model features ({explained:P0} of variance)");
        plot.ShowLegend(Alignment.UpperRight);
        return plot.GetSvgXml(Width, 480);
    }

    private static string Wrap(string name) => name.Length <= 18 ? name : name.Replace(' ', '\n');
}
