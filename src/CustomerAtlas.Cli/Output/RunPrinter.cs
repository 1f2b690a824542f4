using System.Globalization;
using CustomerAtlas.Cli.Automatic;
using CustomerAtlas.Pipeline.Running;
using Spectre.Console;

namespace CustomerAtlas.Cli.Output;

/// <summary>Runs the segment pipeline with a progress display and prints what it decided and found.</summary>
public static class RunPrinter
{
    /// <summary>Runs <paramref name="request"/> on the engine <paramref name="engineFactory"/> opens (null = embedded DuckDB); returns the exit code.</summary>
    public static async Task<int> RunAsync(CliContext context, SegmentRequest request, bool quiet, CancellationToken ct,
        Func<CustomerAtlas.Data.Engines.ISqlEngine>? engineFactory = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (quiet)
        {
            await SegmentPipeline.RunAsync(request, engineFactory: engineFactory, ct: ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var console = context.Console;
        var result = await console.Status().Spinner(Spinner.Known.Dots).StartAsync("starting", async status =>
            await SegmentPipeline.RunAsync(WithTrainingStatus(request, status), phase => status.Status(Markup.Escape(phase)), engineFactory, ct).ConfigureAwait(false)).ConfigureAwait(false);
        Print(console, result);
        return ExitCodes.Ok;
    }

    // Deep candidates report every epoch on the status line (they are the slow ones).
    private static SegmentRequest WithTrainingStatus(SegmentRequest request, StatusContext status) =>
        request.Automatic is { } auto
            ? request with { Automatic = auto with { TrainingProgress = new TrainingStatus(status, auto.Algorithm ?? "deep candidate") } }
            : request;

    private static void Print(IAnsiConsole console, SegmentResult r)
    {
        console.MarkupLine("[bold]How the columns were read[/] (override with --id/--time/--amount/--quantity/--price/--exclude/--outcome or --mapping):");
        foreach (var d in r.Decisions.Where(d => d.Role != "excluded"))
        {
            console.MarkupLine($"  [aqua]{Markup.Escape(d.Role)}[/] {Markup.Escape(d.Column)} [grey]({Markup.Escape(d.Reason)})[/]");
        }

        var excluded = r.Decisions.Where(d => d.Role == "excluded").Select(d => d.Column).ToList();
        if (excluded.Count > 0)
        {
            console.MarkupLine($"  [aqua]excluded[/] {Markup.Escape(string.Join(", ", excluded))}");
        }

        var q = r.Quality;
        console.MarkupLine(Inv($"[bold]Data quality[/]: {q.Rows:N0} rows read, {q.RowsUsed:N0} used, {q.Customers:N0} customers"));
        foreach (var i in q.Issues)
        {
            console.MarkupLine(Inv($"  {i.Rows,10:N0}  {Markup.Escape(i.Description)}{(i.Column is null ? string.Empty : $" ({Markup.Escape(i.Column)})")} → [yellow]{i.Action}[/]"));
        }

        var sel = r.Model.Selection;
        if (r.Automatic is { } automatic)
        {
            LeaderboardPrinter.Print(console, automatic);
        }
        else
        {
            console.MarkupLine(Inv($"[bold]k = {r.Model.K}[/] ({(sel.Method == "forced" ? "--k" : "best silhouette")}; ") + string.Join(", ", sel.Candidates.Select(c => Inv($"k={c.K}: {c.Silhouette:0.000}"))) + ")");
        }

        var table = new Table().AddColumns("#", "Segment", "Customers", "Share", "Revenue", "Drivers");
        foreach (var p in r.Profiles)
        {
            table.AddRow(
                p.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Name), Inv($"{p.Size:N0}"), Inv($"{p.Share:P1}"),
                p.RevenueShare is double rev ? Inv($"{rev:P1}") : "–",
                Markup.Escape(string.Join("; ", p.Drivers.Select(d => Inv($"{d.Feature} {d.StandardizedDifference:+0.0;-0.0}sd")))));
        }

        console.Write(table);
        if (r.Model.Refresh is { } lineage)
        {
            console.MarkupLine(Markup.Escape(Inv($"Refresh of {lineage.ParentVersion}: {lineage.StayedShare:P1} of {lineage.Customers:N0} customers stayed in the matching segment (ARI {lineage.Ari:0.000}). ")
                + string.Join("; ", r.Model.Segments.Select(s => lineage.Matches.FirstOrDefault(m => m.Id == s.Id) is { } m
                    ? Inv($"{s.Id} continues {m.ParentId} \"{m.ParentName}\" (Jaccard {m.Jaccard:0.00})")
                    : Inv($"{s.Id} is new")))));
        }

        console.MarkupLine($"Wrote [green]{Markup.Escape(Path.GetFullPath(r.OutputDirectory))}[/] (report.html, segments.csv/.parquet, profiles.csv, quality.json, model.json"
            + (r.Automatic is null ? ")" : ", leaderboard.json/.csv, explanations.json)"));
        console.MarkupLine("[grey]" + Markup.Escape(string.Join(" · ", r.Phases.Select(p => Inv($"{p.Phase} {p.Elapsed.TotalSeconds:0.00}s")))) + "[/]");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
