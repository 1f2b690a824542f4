using System.Globalization;
using System.Net;
using System.Text;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Monitoring;

/// <summary>The report section of a refresh (<c>--refresh-of</c>): which parent segment each segment continues.</summary>
public static class LineageReport
{
    /// <summary>An HTML section for <paramref name="lineage"/> over <paramref name="segments"/> (all text encoded).</summary>
    public static string Section(RefreshLineage lineage, IReadOnlyList<SegmentSummary> segments)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        ArgumentNullException.ThrowIfNull(segments);
        var html = new StringBuilder("<h2>Refresh of an earlier model</h2><p>")
            .Append(E(string.Create(CultureInfo.InvariantCulture,
                $"This model refreshes version {lineage.ParentVersion}. The earlier model assigned the same {lineage.Customers:N0} customers; {lineage.StayedShare:P1} of them are in the segment that continues their earlier one (ARI between the two {lineage.Ari:0.000}).")))
            .Append(' ')
            .Append(E("Each segment is matched to the earlier segment that shares the most of its customers (one to one, by Jaccard overlap)."))
            .Append("</p><table><tr><th>segment</th><th>continues</th><th>customers in both</th><th>Jaccard</th></tr>");
        foreach (var s in segments)
        {
            var match = lineage.Matches.FirstOrDefault(m => m.Id == s.Id);
            html.Append("<tr><td>").Append(E($"{s.Id.ToString(CultureInfo.InvariantCulture)} {s.Name}")).Append("</td>")
                .Append(match is null
                    ? "<td>new</td><td></td><td></td>"
                    : $"<td>{E($"{match.ParentId.ToString(CultureInfo.InvariantCulture)} {match.ParentName}")}</td><td class=\"num\">{match.Shared.ToString("N0", CultureInfo.InvariantCulture)}</td><td class=\"num\">{match.Jaccard.ToString("0.00", CultureInfo.InvariantCulture)}</td>")
                .Append("</tr>");
        }

        return html.Append("</table>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
