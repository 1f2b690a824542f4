using System.Globalization;

namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// The tables printed by <c>quality</c>: per battery (and sipu+uci+other together), the mean ARI
/// of each algorithm next to its scikit-learn and R counterparts over the same sets, with the
/// gap; g2mg/h2mg summarized separately (no peer figures exist for them).
/// </summary>
internal static class QualityReport
{
    public static void Write(
        TextWriter output, IReadOnlyList<DatasetResult> results, IReadOnlyList<IQualityAdapter> adapters, PeerFigures sklearn, PeerFigures r)
    {
        var main = results.Where(x => QualityOptions.MainBatteries.Contains(x.Battery)).ToList();
        if (main.Count > 0)
        {
            output.WriteLine("Mean ARI (standardized data, k = reference k, best over labellings), paired with the peers on the same sets");
            output.WriteLine($"{"battery",-16} {"algorithm",-16} {"sets",5} {"ours",7} {"peer",-20} {"peer ARI",8} {"gap",7}  {"timeouts/skips",-14}");
            var groups = QualityOptions.MainBatteries
                .Select(b => (Label: b, Rows: main.Where(x => x.Battery == b).ToList()))
                .Append((Label: "sipu+uci+other", Rows: main))
                .Where(g => g.Rows.Count > 0);
            foreach (var (label, rows) in groups)
            {
                foreach (var adapter in adapters)
                {
                    var mine = rows.Where(x => x.Algorithm == adapter.Name).ToList();
                    if (mine.Count == 0)
                    {
                        continue;
                    }

                    string missing = $"{mine.Count(x => x.Status == "timeout")}/{mine.Count(x => x.Status == "skip-n")}";
                    WritePaired(output, label, adapter.Name, mine, "sklearn " + adapter.SklearnPeer, x => sklearn.Ari(x.Battery, x.Dataset, adapter.SklearnPeer), missing);
                    if (adapter.RPeer is not null)
                    {
                        WritePaired(output, label, adapter.Name, mine, "R " + adapter.RPeer, x => r.Ari(x.Battery, x.Dataset, adapter.RPeer), missing);
                    }
                }
            }
        }

        var gaussian = results.Where(x => QualityOptions.GaussianBatteries.Contains(x.Battery)).ToList();
        if (gaussian.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("g2mg / h2mg (summarized separately, no peer figures): mean ARI, overall and by dimension d");
            var dims = gaussian.Select(x => x.Cols).Distinct().Order().ToArray();
            output.WriteLine($"{"battery",-8} {"algorithm",-16} {"sets",5} {"mean",7}  " + string.Join(" ", dims.Select(d => $"{"d=" + d,6}")));
            foreach (var group in gaussian.GroupBy(x => (x.Battery, x.Algorithm)).OrderBy(g => g.Key.Battery).ThenBy(g => g.Key.Algorithm))
            {
                var ok = group.Where(x => x.Ari is not null).ToList();
                string byDim = string.Join(" ", dims.Select(d => Format(Mean(ok.Where(x => x.Cols == d).Select(x => x.Ari!.Value)), 6)));
                output.WriteLine($"{group.Key.Battery,-8} {group.Key.Algorithm,-16} {ok.Count,5} {Format(Mean(ok.Select(x => x.Ari!.Value)), 7)}  {byDim}");
            }
        }
    }

    /// <summary>One row: our mean and the peer's mean over the sets both have (all our sets when there is no peer).</summary>
    private static void WritePaired(
        TextWriter output, string battery, string algorithm, List<DatasetResult> mine, string peerName, Func<DatasetResult, double?> peer, string missing)
    {
        var ok = mine.Where(x => x.Ari is not null).ToList();
        var paired = ok.Where(x => peer(x) is not null).ToList();
        bool hasPeer = paired.Count > 0;
        var used = hasPeer ? paired : ok;
        double ours = Mean(used.Select(x => x.Ari!.Value));
        double theirs = hasPeer ? Mean(paired.Select(x => peer(x)!.Value)) : double.NaN;
        output.WriteLine(
            $"{battery,-16} {algorithm,-16} {used.Count,5} {Format(ours, 7)} {(hasPeer ? peerName : "-"),-20} {Format(theirs, 8)} "
            + $"{(hasPeer ? (ours - theirs).ToString("+0.000;-0.000", CultureInfo.InvariantCulture) : "-"),7}  {missing,-14}");
    }

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? double.NaN : list.Average();
    }

    private static string Format(double value, int width) =>
        (double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture)).PadLeft(width);
}
