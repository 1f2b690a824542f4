using System.Globalization;
using System.Text;

namespace CustomerAtlas.Bench.Perf;

/// <summary>One line of the table: a case and what each side measured (null = side not run).</summary>
public sealed record PerfRow(IPerfCase Case, CaseMeasurement Ours, CaseMeasurement? Sklearn, CaseMeasurement? MlNet);

/// <summary>Prints the perf table and the target checks.</summary>
public static class PerfReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the table for <paramref name="rows"/>.</summary>
    public static void Print(IReadOnlyList<PerfRow> rows, TextWriter output)
    {
        string[] header = ["case", "ours s (init)", "it", "sklearn s (init)", "it", "ours/sk", "ML.NET s (init)", "ours/ML", "CPU s ours/sk/ML", "CPU ours/sk", "peak MiB ours/sk/ML", "RSS/data", "inertia ours/sk", "ARI ours/sk/ML", "other quality ours/sk"];
        var table = new List<string[]> { header };
        foreach (var r in rows)
        {
            var o = r.Ours;
            table.Add(
            [
                r.Case.Title,
                o.Error is null ? $"{F(o.Seconds)} ({F(o.InitSeconds)})" : "ERROR",
                I(o.Iterations),
                r.Sklearn is { Error: null } s ? $"{F(s.Seconds)} ({F(s.InitSeconds)})" : "-",
                I(r.Sklearn?.Iterations),
                Ratio(o, r.Sklearn),
                r.MlNet is { Error: null } m ? $"{F(m.Seconds)} ({F(m.InitSeconds)})" : "-",
                Ratio(o, r.MlNet),
                $"{F(o.CpuSeconds)}/{F(r.Sklearn?.CpuSeconds)}/{F(r.MlNet?.CpuSeconds)}",
                o.Error is null && r.Sklearn is { Error: null } ? F(o.CpuSeconds / r.Sklearn.CpuSeconds) : "-",
                $"{F0(o.PeakRssMb)}/{F0(r.Sklearn?.PeakRssMb)}/{F0(r.MlNet?.PeakRssMb)}",
                o.Error is null ? F(o.PeakRssMb * 1024 * 1024 / r.Case.Data.DataBytes) : "-",
                QualityRatio(o, r.Sklearn, "inertia"),
                $"{Q(o, "ari")}/{Q(r.Sklearn, "ari")}/{Q(r.MlNet, "ari")}",
                OtherQuality(o, r.Sklearn),
            ]);
        }

        var widths = Enumerable.Range(0, header.Length).Select(c => table.Max(t => t[c].Length)).ToArray();
        foreach (var line in table)
        {
            output.WriteLine("| " + string.Join(" | ", line.Select((cell, c) => cell.PadRight(widths[c]))) + " |");
            if (ReferenceEquals(line, header))
            {
                output.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
            }
        }

        foreach (var r in rows.Where(r => r.Ours.Error is not null || r.Sklearn?.Error is not null || r.MlNet?.Error is not null))
        {
            output.WriteLine($"# {r.Case.Title}: ours {r.Ours.Error ?? "ok"}; sklearn {r.Sklearn?.Error ?? "ok"}; ML.NET {r.MlNet?.Error ?? "ok"}");
        }

        output.WriteLine();
        output.WriteLine("Times are wall seconds of the fit inside each child (data loading excluded); CPU s is the whole child");
        output.WriteLine("process (interpreter/runtime start and data loading included), the steadier figure on a busy machine.");
        output.WriteLine("Issue-5 targets (wall-time ratios, as the issue defines them):");
        foreach (string line in Targets(rows))
        {
            output.WriteLine("  " + line);
        }
    }

    private static IEnumerable<string> Targets(IReadOnlyList<PerfRow> rows)
    {
        foreach (var r in rows)
        {
            foreach (var (peer, max) in r.Case.Targets)
            {
                var other = peer == "sklearn" ? r.Sklearn : r.MlNet;
                if (other is null || other.Error is not null || r.Ours.Error is not null)
                {
                    continue;
                }

                double ratio = r.Ours.Seconds / other.Seconds;
                yield return $"{Verdict(ratio <= max)} {r.Case.Title}: ours/{peer} = {F(ratio)} (target <= {F(max)})";
                if (PhaseRatios(r.Ours, other) is { } phases)
                {
                    yield return $"       {r.Case.Title}: by phase, ours/{peer} seeding {phases}";
                }
            }

            if (r.Case.MaxRssOverData is { } maxRss && r.Ours.Error is null)
            {
                double ratio = r.Ours.PeakRssMb * 1024 * 1024 / r.Case.Data.DataBytes;
                yield return $"{Verdict(ratio <= maxRss)} {r.Case.Title}: peak RSS / data = {F(ratio)} (target <= {F(maxRss)})";
            }
        }
    }

    /// <summary>
    /// Seeding and iterations compared apart, where both sides report their seeding time: the target is on
    /// the whole fit (both sides seed with k-means++ inside it), this line shows where the time goes.
    /// </summary>
    private static string? PhaseRatios(CaseMeasurement ours, CaseMeasurement peer)
    {
        if (ours.InitSeconds is not { } oursInit || peer.InitSeconds is not { } peerInit || peerInit <= 0 || peer.Seconds <= peerInit)
        {
            return null;
        }

        double oursRest = ours.Seconds - oursInit;
        double peerRest = peer.Seconds - peerInit;
        return $"{F(oursInit)}/{F(peerInit)} s = {F(oursInit / peerInit)}, iterations {F(oursRest)}/{F(peerRest)} s = {F(oursRest / peerRest)}";
    }

    private static string Verdict(bool met) => met ? "MET   " : "MISSED";

    private static string Ratio(CaseMeasurement ours, CaseMeasurement? peer) =>
        ours.Error is null && peer is { Error: null } && peer.Seconds > 0 ? F(ours.Seconds / peer.Seconds) : "-";

    private static string QualityRatio(CaseMeasurement ours, CaseMeasurement? peer, string name) =>
        ours.Quality.TryGetValue(name, out double a) && peer is not null && peer.Quality.TryGetValue(name, out double b) && b != 0
            ? $"{a.ToString("G4", Inv)} ({(a / b).ToString("0.0000", Inv)})"
            : ours.Quality.TryGetValue(name, out a) ? a.ToString("G4", Inv) : "-";

    private static string OtherQuality(CaseMeasurement ours, CaseMeasurement? peer) =>
        string.Join(" ", ours.Quality.Keys.Where(k => k is not ("inertia" or "ari"))
            .Select(k => $"{k} {Q(ours, k)}/{Q(peer, k)}"));

    private static string Q(CaseMeasurement? m, string name) =>
        m is not null && m.Quality.TryGetValue(name, out double v) ? v.ToString("0.000", Inv) : "-";

    private static string F(double? v) => v is { } x && double.IsFinite(x) ? x.ToString(x < 10 ? "0.000" : "0.0", Inv) : "-";

    private static string F0(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("0", Inv) : "-";

    private static string I(int? v) => v?.ToString(Inv) ?? "-";
}
