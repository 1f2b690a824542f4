using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CustomerAtlas.Core.Drift;
using CustomerAtlas.Pipeline.Monitoring;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Reports.Html;
using Spectre.Console;

namespace CustomerAtlas.Cli.Commands;

/// <summary><c>atlas drift MODEL INPUT</c>: compare new customers with the ones a saved model was fitted on.</summary>
public static class DriftCommand
{
    /// <summary>Features shown in the table (all are in the JSON file).</summary>
    private const int FeatureRows = 12;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var model = new Argument<string>("model") { Description = "model.json of a run" };
        var input = new Argument<string>("input") { Description = "New data shaped like the fit input (same columns)" };
        var output = new Option<string>("--out", "-o") { Description = "JSON file to write the full comparison to", DefaultValueFactory = _ => "drift.json" };
        var html = new Option<string?>("--html") { Description = "Also write the comparison as a self-contained HTML page (verdict, reasons, a PSI chart, every feature and segment)", HelpName = "FILE" };
        var failOnRefresh = new Option<bool>("--fail-on-refresh") { Description = $"Exit with code {ExitCodes.RefreshNeeded} when the verdict is Refresh (for schedulers and CI)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but the verdict line and errors" };
        var command = new Command("drift", "Compare new customers with the customers a model was fitted on: each feature's distribution (PSI), "
            + "the segment shares, and how close customers are to their segment's centre. Verdict Stable, Watch or Refresh.\n\n"
            + "Example:\n  atlas drift atlas-out/model.json this-month.csv --out drift.json --fail-on-refresh");
        command.Arguments.Add(model);
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(html);
        command.Options.Add(failOnRefresh);
        command.Options.Add(quiet);
        var engines = new EngineOptionSet();
        engines.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            string modelPath = parse.GetValue(model)!;
            string outPath = parse.GetValue(output)!;
            var segmentModel = SavedModelInput.Load(modelPath, outPath);
            if (segmentModel.Drift is null)
            {
                throw new ArgumentException($"{modelPath}: {DriftCheck.NoReference}");
            }

            var report = await DriftCheck.RunAsync(segmentModel, parse.GetValue(input)!, engineFactory: engines.Factory(parse), cancellationToken: ct).ConfigureAwait(false);
            string? htmlPath = parse.GetValue(html);
            if (htmlPath is not null && Directory.Exists(htmlPath))
            {
                throw new ArgumentException($"--html {htmlPath}: is a folder; give a file path.");
            }

            AtomicFile.Write(outPath, temp => File.WriteAllText(temp, JsonSerializer.Serialize(report, RunJson.Options)));
            if (htmlPath is not null)
            {
                string page = DriftPage.Render(report, segmentModel.Version, Path.GetFileName(parse.GetValue(input)!));
                AtomicFile.Write(htmlPath, temp => File.WriteAllText(temp, page));
            }

            if (!parse.GetValue(quiet))
            {
                Print(context.Console, report);
            }

            context.Console.MarkupLine($"Verdict: [{Colour(report.Verdict)}]{report.Verdict}[/] ({report.CustomersNow} customers against {report.CustomersBefore} fitted); written to [green]{Markup.Escape(Path.GetFullPath(outPath))}[/]");
            return parse.GetValue(failOnRefresh) && report.Verdict == DriftVerdict.Refresh ? ExitCodes.RefreshNeeded : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, DriftReport report)
    {
        var features = new Table().AddColumns("feature", "PSI", "median fit", "median now", "missing fit", "missing now");
        foreach (var f in report.Features.Take(FeatureRows))
        {
            features.AddRow(Markup.Escape(f.Name), f.Psi.ToString("0.000", CultureInfo.InvariantCulture), Number(f.MedianBefore), Number(f.MedianNow),
                f.MissingBefore.ToString("P0", CultureInfo.InvariantCulture), f.MissingNow.ToString("P0", CultureInfo.InvariantCulture));
        }

        console.Write(features);
        var segments = new Table().AddColumns("segment", "share fit", "share now");
        foreach (var s in report.Segments)
        {
            segments.AddRow($"{s.Id} {Markup.Escape(s.Name)}", s.ShareBefore.ToString("P1", CultureInfo.InvariantCulture), s.ShareNow.ToString("P1", CultureInfo.InvariantCulture));
        }

        console.Write(segments);
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Segment shares: PSI {report.SegmentPsi:0.000}, chi-square p = {report.SegmentPValue:G3}. Beyond the fit's 90th-percentile distance to their centre: {report.FarShare:P1} (10 % at fit time); noise {report.NoiseShareNow:P1}.")));
        foreach (string reason in report.Reasons)
        {
            console.MarkupLine("  " + Markup.Escape(reason));
        }
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : "–";

    private static string Colour(DriftVerdict verdict) => verdict switch
    {
        DriftVerdict.Stable => "green",
        DriftVerdict.Watch => "yellow",
        _ => "red",
    };
}
