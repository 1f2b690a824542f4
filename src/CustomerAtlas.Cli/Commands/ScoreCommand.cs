using Spectre.Console;
using System.CommandLine;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Pipeline.Pushdown;
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
        var segmentsTable = new Option<string>("--segments-table")
        {
            Description = "With --engine clickhouse: the table (customer_id, segment_id) written back into the cluster, shard by shard, each applying the model's assignment in SQL (k-means family, k-medoids, agglomerative, nearest-centroid, Gaussian mixtures)",
            DefaultValueFactory = _ => "atlas_segments",
        };
        var command = new Command("score", "Assign customers to the segments of a saved model, exactly as the fit did.\n\n"
            + "Example:\n  atlas score atlas-out/model.json new-customers.csv --out scored.csv");
        command.Arguments.Add(model);
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(quiet);
        command.Options.Add(segmentsTable);
        var engines = new EngineOptionSet();
        engines.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            string modelPath = parse.GetValue(model)!;
            string outPath = parse.GetValue(output)!;
            var segmentModel = SavedModelInput.Load(modelPath, outPath);
            var cluster = engines.ClickHouse(parse);
            string table = parse.GetValue(segmentsTable)!;
            Func<ISqlEngine, CancellationToken, Task>? writeBack = null;
            if (cluster is not null)
            {
                SegmentTableWriter.EnsureSupported(segmentModel);
                if (string.IsNullOrWhiteSpace(table) || table.EndsWith("_local", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"--segments-table: '{table}' must be a non-empty name not ending in _local (reserved for per-shard tables).", "segments-table");
                }

                writeBack = (engine, token) => SegmentTableWriter.WriteAsync((ClickHouseEngine)engine, cluster, segmentModel, table, token);
            }

            var scorer = new Scorer(segmentModel, engines.Factory(parse));
            var scored = await scorer.ScoreFileAsync(parse.GetValue(input)!, writeBack, ct).ConfigureAwait(false);
            AtomicFile.Write(outPath, temp => AssignmentFiles.WriteCsv(temp, scored.Select(s => new AssignmentRow
            {
                CustomerId = s.CustomerId, SegmentId = s.SegmentId, SegmentName = s.SegmentName, Distance = s.Distance, Confidence = s.Confidence,
            })));

            if (!parse.GetValue(quiet))
            {
                context.Console.MarkupLine($"Scored {scored.Count} customers into [green]{Markup.Escape(Path.GetFullPath(outPath))}[/]");
                if (cluster is not null)
                {
                    context.Console.MarkupLine($"Segment ids written into the cluster as table [green]{Markup.Escape(table)}[/] (customer_id, segment_id)");
                }

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
