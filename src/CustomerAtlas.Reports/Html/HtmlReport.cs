using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CustomerAtlas.Reports.Html;

/// <summary>
/// Renders report.html: one self-contained file (inline CSS and SVG, no scripts, no network) with
/// the quality summary, k selection, segment sizes, heat map, PCA scatter and profile table.
/// </summary>
public static partial class HtmlReport
{
    /// <summary>The report's HTML.</summary>
    public static string Render(ReportModel m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(m.Title)).Append("</title><style>")
         .Append(Style).Append("</style></head><body>");
        h.Append("<h1>").Append(E(m.Title)).Append("</h1>");
        h.Append(Inv($"<p class=\"meta\">{E(m.Source)} · {m.Shape} · {m.Rows:N0} rows read, {m.RowsUsed:N0} used · <b>{m.Customers:N0} customers</b> in <b>{m.Segments.Count} segments</b> · {m.Created:yyyy-MM-dd HH:mm} UTC</p>"));

        h.Append("<h2>Segments</h2><table><tr><th>#</th><th>Segment</th><th>Customers</th><th>Share</th><th>Revenue share</th><th>What sets it apart</th>");
        foreach (string o in m.Outcomes)
        {
            h.Append("<th>").Append(E(o)).Append(" rate</th>");
        }

        h.Append("</tr>");
        foreach (var s in m.Segments)
        {
            h.Append(Inv($"<tr><td>{s.Id}</td><td><b>{E(s.Name)}</b></td><td class=\"n\">{s.Size:N0}</td><td class=\"n\">{s.Share:P1}</td><td class=\"n\">{(s.RevenueShare is double r ? r.ToString("P1", CultureInfo.InvariantCulture) : "–")}</td><td>{E(string.Join("; ", s.Drivers))}</td>"));
            foreach (string o in m.Outcomes)
            {
                h.Append(Inv($"<td class=\"n\">{s.OutcomeRates.GetValueOrDefault(o):P1}</td>"));
            }

            h.Append("</tr>");
        }

        h.Append("</table>");
        h.Append("<div class=\"chart\">").Append(Svg(Charts.Sizes(m.Segments))).Append("</div>");

        h.Append("<h2>Segment × feature heat map</h2><p>Each cell is how far the segment's mean lies from the overall mean, in standard deviations of the model feature (clipped to ±2).</p>");
        h.Append("<div class=\"chart\">").Append(Svg(Charts.HeatMap(m.HeatFeatures, m.Segments, m.Heat))).Append("</div>");

        h.Append("<h2>Map of customers</h2>");
        h.Append("<div class=\"chart\">").Append(Svg(Charts.Scatter(m.Scatter, m.Segments, m.ScatterExplained))).Append("</div>");

        h.Append("<h2>Profiles (mean of original values)</h2><table><tr><th>Feature</th>");
        foreach (var s in m.Segments)
        {
            h.Append("<th>").Append(E(s.Name)).Append("</th>");
        }

        h.Append("<th>All</th></tr>");
        foreach (var row in m.Profile)
        {
            h.Append("<tr><td>").Append(E(row.Feature)).Append("</td>");
            foreach (double v in row.SegmentMeans)
            {
                h.Append("<td class=\"n\">").Append(Num(v)).Append("</td>");
            }

            h.Append("<td class=\"n\">").Append(Num(row.OverallMean)).Append("</td></tr>");
        }

        h.Append("</table>");

        h.Append(Inv($"<h2>Choosing k</h2><p>k-means (k-means++ seeding, several restarts) for each k; chosen by {E(m.SelectionMethod == "forced" ? "the --k option" : "the best mean silhouette")}: <b>k = {m.ChosenK}</b>.</p>"));
        h.Append("<div class=\"chart\">").Append(Svg(Charts.KSelection(m.KCandidates, m.ChosenK))).Append("</div>");
        h.Append("<table><tr><th>k</th><th>Silhouette ↑</th><th>Calinski–Harabasz ↑</th><th>Davies–Bouldin ↓</th></tr>");
        foreach (var k in m.KCandidates)
        {
            string cls = k.K == m.ChosenK ? " class=\"chosen\"" : string.Empty;
            h.Append(Inv($"<tr{cls}><td>{k.K}</td><td class=\"n\">{k.Silhouette:0.000}</td><td class=\"n\">{k.CalinskiHarabasz:0.0}</td><td class=\"n\">{k.DaviesBouldin:0.000}</td></tr>"));
        }

        h.Append("</table>");

        h.Append("<h2>Data quality</h2><table><tr><th>Finding</th><th>Rows</th><th>Action</th></tr>");
        foreach (var i in m.Issues)
        {
            h.Append(Inv($"<tr><td>{E(i.Description)} <span class=\"code\">{E(i.Reason)}</span></td><td class=\"n\">{i.Rows:N0}</td><td>{E(i.Action)}</td></tr>"));
        }

        if (m.Issues.Count == 0)
        {
            h.Append("<tr><td colspan=\"3\">No issues found.</td></tr>");
        }

        h.Append("</table>");
        h.Append("<h3>How the columns were read</h3><ul>");
        foreach (string d in m.Decisions)
        {
            h.Append("<li>").Append(E(d)).Append("</li>");
        }

        h.Append("</ul><h3>Feature preparation</h3><ul>");
        foreach (string p in m.Preprocessing)
        {
            h.Append("<li>").Append(E(p)).Append("</li>");
        }

        h.Append("</ul>").Append(m.ExtraSectionsHtml ?? string.Empty).Append("<footer>Generated by CustomerAtlas. This file is self-contained and works offline.</footer></body></html>");
        return h.ToString();
    }

    /// <summary>The report's stylesheet, shared with the other pages CustomerAtlas writes (<see cref="DriftPage"/>).</summary>
    internal const string Style =
        "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}"
        + "h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}.meta{color:#555}"
        + "table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #ddd;padding:.3rem .55rem;text-align:left;vertical-align:top}"
        + "th{background:#f4f6f8}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.chosen{background:#fff6d6}"
        + ".code{color:#888;font-size:.8em;font-family:monospace}.chart svg{max-width:100%;height:auto}footer{margin-top:3rem;color:#888;font-size:.8rem}";

    // ScottPlot writes width/height but no viewBox; without one, max-width crops a wide chart
    // (the heat map's feature labels and colour bar) instead of scaling it to the page.
    private static string Svg(string svg)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        // Heat-map cells are a tiny bitmap scaled up: draw them as sharp cells, not a blur.
        svg = (start > 0 ? svg[start..] : svg).Replace("<image ", "<image image-rendering=\"pixelated\" style=\"image-rendering:pixelated\" ", StringComparison.Ordinal);
        var size = SvgSize().Match(svg);
        return size.Success && !svg[..svg.IndexOf('>', StringComparison.Ordinal)].Contains("viewBox", StringComparison.Ordinal)
            ? svg.Insert(size.Index + size.Length, $" viewBox=\"0 0 {size.Groups[1].Value} {size.Groups[2].Value}\"")
            : svg;
    }

    [GeneratedRegex("^<svg[^>]*?width=\"([0-9.]+)\"[^>]*?height=\"([0-9.]+)\"")]
    private static partial Regex SvgSize();

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Num(double v) =>
        double.IsNaN(v) ? "–" : Math.Abs(v) >= 1000 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
