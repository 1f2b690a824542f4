using Spectre.Console;
using System.CommandLine;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Pipeline.Scoring;
using CustomerAtlas.Reports.Exports;

namespace CustomerAtlas.Cli.Commands;

/// <summary><c>atlas score MODEL INPUT --out FILE</c>: assign new customers with a saved model.</summary>
public static class ScoreCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var model = new Argument<string>("model") { Description = "model.json of a run" };
        var input = new Argument<string>("input") { Description = "File shaped like the fit input (same columns)" };
        var output = new Option<string>("--out", "-o") { Description = "CSV to write: customer_id,segment_id,segment_name,distance,confidence", DefaultValueFactory = _ => "scored.csv" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors" };
        var command = new Command("score", "Assign customers to the segments of a saved model, exactly as the fit did.\n\n"
            + "Example:\n  atlas score atlas-out/model.json new-customers.csv --out scored.csv");
        command.Arguments.Add(model);
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(quiet);
        var engines = new EngineOptionSet();
        engines.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            string modelPath = parse.GetValue(model)!;
            string outPath = parse.GetValue(output)!;
            if (Directory.Exists(outPath))
            {
                throw new ArgumentException($"--out {outPath}: is a folder; give a file path.");
            }

            if (!File.Exists(modelPath))
            {
                throw new ArgumentException($"{modelPath}: model file not found.");
            }

            var scorer = new Scorer(SegmentModel.Load(modelPath), engines.Factory(parse));
            var scored = await scorer.ScoreFileAsync(parse.GetValue(input)!, ct).ConfigureAwait(false);
            string full = Path.GetFullPath(outPath);
            string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
            try
            {
                AssignmentFiles.WriteCsv(temp, scored.Select(s => new AssignmentRow
                {
                    CustomerId = s.CustomerId, SegmentId = s.SegmentId, SegmentName = s.SegmentName, Distance = s.Distance, Confidence = s.Confidence,
                }));
                File.Move(temp, full, overwrite: true);
            }
            finally
            {
                File.Delete(temp);
            }

            if (!parse.GetValue(quiet))
            {
                context.Console.MarkupLine($"Scored {scored.Count} customers into [green]{Markup.Escape(full)}[/]");
                foreach (var g in scored.GroupBy(s => (s.SegmentId, s.SegmentName)).OrderBy(g => g.Key.SegmentId))
                {
                    context.Console.MarkupLine($"  {g.Key.SegmentId} {Markup.Escape(g.Key.SegmentName)}: {g.Count()}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
