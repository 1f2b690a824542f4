using System.Globalization;
using System.Net;
using System.Text;
using CustomerAtlas.Core.Profiling;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Reports.Automatic;

/// <summary>What the automatic-segmentation sections of report.html show.</summary>
/// <param name="Selection">The search result (leaderboard, choice, stability).</param>
/// <param name="Consensus">Consensus of the best candidates, if computed.</param>
/// <param name="Sensitivity">Sensitivity to seeds and preprocessing.</param>
/// <param name="Explanation">Names, drivers, rules, actions, outcomes, fairness, narratives.</param>
/// <param name="ExcludedColumns">Columns kept out of the features (outcomes, protected attributes).</param>
public sealed record AutoReportContent(
    SelectionResult Selection,
    ConsensusReport? Consensus,
    IReadOnlyList<SensitivityEntry> Sensitivity,
    SegmentationExplanation Explanation,
    IReadOnlyList<string> ExcludedColumns);

/// <summary>
/// HTML sections of the automatic segmentation for report.html: how the segmentation was chosen
/// (leaderboard and k charts), how it was validated (stability, consensus, discriminant validity,
/// sensitivity), what the segments are (narratives, drivers, rules, actions), and how they link to
/// outcomes and protected attributes. All text is HTML-encoded; charts are inline SVG.
/// </summary>
public static class AutoReportSections
{
    /// <summary>Leaderboard rows shown (the full board is in leaderboard.csv).</summary>
    public const int LeaderboardRows = 25;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Renders every section, in order, as one HTML fragment.</summary>
    public static string Render(AutoReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var html = new StringBuilder();
        Choice(html, content);
        Validation(html, content);
        Segments(html, content.Explanation);
        Outcomes(html, content.Explanation);
        Fairness(html, content.Explanation);
        return html.ToString();
    }

    private static void Choice(StringBuilder html, AutoReportContent content)
    {
        var s = content.Selection;
        html.Append("<section id=\"auto-choice\"><h2>How the segmentation was chosen</h2><p>")
            .Append(E($"Chosen: {s.Chosen.Description}, {content.Explanation.Segments.Count} segments, after {s.Elapsed.TotalSeconds:0.0} s "
                + $"comparing {s.Leaderboard.Count} candidates ({s.SkippedCount} left out by the {(s.TimeLimitReached ? "time limit" : "budget")})."))
            .Append(s.TimeLimitReached
                ? " <span class=\"flag\">The time limit stopped the search before its planned work was done; this choice depends on the machine's speed.</span>"
                : string.Empty)
            .Append(s.ConstraintsMet ? string.Empty : " <span class=\"flag\">No candidate met the constraints; the best one is shown.</span>")
            .Append("</p><p class=\"muted\">")
            .Append(E("Each family first picks its own k (BIC for mixtures, DBCV for density settings; hierarchy cuts and k-means compete at every k). "
                + "Score = 0.7 × (silhouette + 1) / 2 + 0.3 × bootstrap stability, times the share of rows that are not noise. A hierarchy cut "
                + "whose clusters are separated by clear empty space under every Gini threshold (next merge at least 1.3 × the longest merge inside "
                + "them) outranks the score. Otherwise a partition with the winner's number of segments that keeps more nearest-neighbour "
                + "links inside its segments and has a higher neighbour-graph modularity takes the win, and so does one with as many segments that "
                + "cuts less than a quarter of the links the pick cuts (each relative to chance, so unequal sizes are not marked down); then the finest Genie cut with at least "
                + "as many segments whose every boundary crosses space sparser than the segments on both sides (valley ratio ≥ 1; ∞ when no "
                + "two segments touch) does. Indices are measured on the standardized features for every candidate."))
            .Append("</p>");
        if (content.ExcludedColumns.Count > 0)
        {
            html.Append("<p>").Append(E($"Kept out of the clustering features: {string.Join(", ", content.ExcludedColumns)}.")).Append("</p>");
        }

        html.Append("<table><tr><th>#</th><th>candidate</th><th>status</th><th>k</th><th>silhouette</th><th>CH</th><th>DB</th><th>BIC</th><th>stability</th><th>score</th><th>valley</th><th>s</th><th>note</th></tr>");
        foreach (var e in s.Leaderboard.Take(LeaderboardRows))
        {
            html.Append("<tr><td class=\"num\">").Append(e.Rank).Append("</td><td>").Append(E(e.Candidate)).Append("</td><td>").Append(e.Status)
                .Append("</td><td class=\"num\">").Append(e.K?.ToString(C)).Append("</td>")
                .Append(Num(e.Silhouette, "0.000")).Append(Num(e.CalinskiHarabasz, "0")).Append(Num(e.DaviesBouldin, "0.00"))
                .Append(Num(e.Bic, "0")).Append(Num(e.Stability, "0.00")).Append(Num(e.Score, "0.000")).Append(Valley(e.ValleyRatio)).Append(Num(e.FitSeconds, "0.00"))
                .Append("<td>").Append(E(e.Reason ?? string.Empty)).Append("</td></tr>");
        }

        html.Append("</table>");
        foreach (var chart in new[] { SelectionCharts.Silhouette(s.Leaderboard), SelectionCharts.CalinskiHarabasz(s.Leaderboard), SelectionCharts.Bic(s.Leaderboard) })
        {
            if (chart is not null)
            {
                html.Append("<div class=\"chart\">").Append(chart).Append("</div>");
            }
        }

        html.Append("</section>");
    }

    private static void Validation(StringBuilder html, AutoReportContent content)
    {
        var x = content.Explanation;
        html.Append("<section id=\"auto-validation\"><h2>Validation</h2><ul>");
        if (content.Selection.Stability is { } st)
        {
            html.Append("<li>").Append(E($"Bootstrap stability: mean ARI {st.MeanAri:0.00} over {st.ResampleAri.Count} refits on 80 % resamples "
                + $"(pairwise {st.MeanPairwiseAri:0.00}); unstable segments (Jaccard < 0.6): "
                + (st.UnstableSegments.Count == 0 ? "none" : string.Join(", ", st.UnstableSegments.Select(i => x.Segments[i].Name))) + ".")).Append("</li>");
        }
        else
        {
            html.Append("<li>Bootstrap stability: not estimated within the time budget.</li>");
        }

        html.Append("<li>").Append(E(content.Consensus is { } c
            ? $"Consensus of the best {c.Partitions} candidates (average linkage on co-association): ARI {c.AgreementWithReference:0.00} with the chosen segmentation."
            : "Consensus: fewer than two feasible candidates, or no time left.")).Append("</li>");
        html.Append("<li>").Append(E($"Discriminant validity: a depth-3 tree predicts the segment with {x.DiscriminantValidity.Accuracy:P1} cross-validated accuracy "
            + $"({x.DiscriminantValidity.FoldAccuracies.Count} stratified folds); the rules below reproduce {x.TreeAccuracy:P1} of the assignments.")).Append("</li>");
        foreach (var entry in content.Sensitivity)
        {
            html.Append("<li>").Append(E($"Sensitivity, other {entry.Kind} {entry.Setting}: ARI {entry.Ari:0.00} with the chosen segmentation ({entry.K} clusters).")).Append("</li>");
        }

        html.Append("</ul></section>");
    }

    private static void Segments(StringBuilder html, SegmentationExplanation x)
    {
        html.Append("<section id=\"auto-segments\"><h2>Segments explained</h2>");
        foreach (var s in x.Segments)
        {
            html.Append("<h3>").Append(E($"{s.Segment}. {s.Name}")).Append("</h3><p class=\"narrative\">").Append(E(x.Narratives[s.Segment])).Append("</p>");
            html.Append("<table><tr><th>driver</th><th>difference (SD)</th><th>importance</th></tr>");
            foreach (var d in s.Drivers)
            {
                html.Append("<tr><td>").Append(E(d.Feature)).Append("</td>").Append(Num(d.StandardizedDifference, "+0.00;-0.00")).Append(Num(d.Importance, "0.000")).Append("</tr>");
            }

            html.Append("</table><table><tr><th>rule</th><th>coverage</th><th>precision</th></tr>");
            foreach (var r in x.Rules.Where(r => r.Segment == s.Segment))
            {
                html.Append("<tr><td>").Append(E(r.Text)).Append("</td>").Append(Num(r.Coverage, "0%")).Append(Num(r.Precision, "0%")).Append("</tr>");
            }

            html.Append("</table><ul>");
            foreach (var a in s.Actions)
            {
                html.Append("<li><b>").Append(E(a.Action)).Append("</b> ").Append(E("Because " + a.Reason)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</section>");
    }

    private static void Outcomes(StringBuilder html, SegmentationExplanation x)
    {
        if (x.Outcomes.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"auto-outcomes\"><h2>Outcomes by segment</h2>");
        foreach (var o in x.Outcomes)
        {
            string measure = o.Report.IsBinary ? "rate" : "mean";
            html.Append("<h3>").Append(E($"{o.Name} ({measure}; {o.Report.Test} p = {P(o.Report.PValue)})")).Append("</h3>")
                .Append("<table><tr><th>segment</th><th>customers</th><th>").Append(measure).Append("</th><th>lift</th></tr>");
            foreach (var seg in o.Report.Segments)
            {
                html.Append("<tr><td>").Append(E(x.Segments[seg.Segment].Name)).Append("</td><td class=\"num\">").Append(seg.Count.ToString("N0", C)).Append("</td>")
                    .Append(Num(seg.Value, o.Report.IsBinary ? "0.0%" : "0.00")).Append(Num(seg.Lift, "0.00")).Append("</tr>");
            }

            html.Append("<tr><td><i>all</i></td><td></td>").Append(Num(o.Report.PopulationValue, o.Report.IsBinary ? "0.0%" : "0.00")).Append("<td class=\"num\">1.00</td></tr></table>");
        }

        html.Append("</section>");
    }

    private static void Fairness(StringBuilder html, SegmentationExplanation x)
    {
        if (x.Fairness.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"auto-fairness\"><h2>Composition by protected attribute</h2><p class=\"muted\">Parity ratio = share in the segment / share overall; outside 0.80–1.25 is flagged.</p>");
        foreach (var f in x.Fairness)
        {
            html.Append("<h3>").Append(E($"{f.Attribute} (chi-square p = {P(f.Association.PValue)}, Cramér's V {f.Association.CramersV:0.00})")).Append("</h3>")
                .Append("<table><tr><th>segment</th><th>value</th><th>segment share</th><th>overall share</th><th>parity ratio</th></tr>");
            foreach (var cell in f.Cells)
            {
                html.Append("<tr><td>").Append(E(x.Segments[cell.Segment].Name)).Append("</td><td>").Append(E(cell.Value)).Append("</td>")
                    .Append(Num(cell.SegmentShare, "0.0%")).Append(Num(cell.PopulationShare, "0.0%"))
                    .Append(cell.Flagged ? $"<td class=\"num flag\">{cell.ParityRatio.ToString("0.00", C)}</td>" : Num(cell.ParityRatio, "0.00")).Append("</tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>");
    }

    private static string Valley(double? ratio) =>
        ratio is double r && double.IsPositiveInfinity(r) ? "<td class=\"num\">∞</td>" : Num(ratio, "0.00");

    private static string Num(double? value, string format) =>
        value is double v ? $"<td class=\"num\">{E(v.ToString(format, C))}</td>" : "<td></td>";

    private static string P(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.000", C);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
