using System.CommandLine;
using System.Globalization;
using CustomerAtlas.Core.Drift;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Reports.Exports;
using Spectre.Console;

namespace CustomerAtlas.Cli.Commands;

/// <summary><c>atlas compare BEFORE AFTER</c>: where the customers of one run's segments went in another run (a refresh).</summary>
public static class CompareCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("before") { Description = "Run directory of the earlier segmentation" };
        var after = new Argument<string>("after") { Description = "Run directory of the later segmentation (e.g. a refit on this month's data)" };
        var output = new Option<string>("--out", "-o") { Description = "CSV to write: before_id,before_name,after_id,after_name,customers (every pair with customers)", DefaultValueFactory = _ => "migration.csv" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary line and errors" };
        var command = new Command("compare", "Compare two runs customer by customer: which segments match (the most customers kept together), "
            + "how many customers stayed, moved, left or joined, and the agreement (ARI).\n\n"
            + "Example:\n  atlas compare runs/2026-11 runs/2026-12 --out migration.csv");
        command.Arguments.Add(before);
        command.Arguments.Add(after);
        command.Options.Add(output);
        command.Options.Add(quiet);
        command.SetAction(parse =>
        {
            string outPath = parse.GetValue(output)!;
            if (Directory.Exists(outPath))
            {
                throw new ArgumentException($"--out {outPath}: is a folder; give a file path.");
            }

            var earlier = SegmentRun.Load(parse.GetValue(before)!);
            var later = SegmentRun.Load(parse.GetValue(after)!);
            var migration = SegmentMigration.Between(Labels(earlier), Labels(later));
            var beforeNames = Names(earlier);
            var afterNames = Names(later);
            AtomicFile.Write(outPath, temp => WriteCsv(temp, migration, beforeNames, afterNames));
            if (!parse.GetValue(quiet))
            {
                var matches = new Table().AddColumns("before", "after", "customers kept together", "Jaccard");
                foreach (var m in migration.Matches)
                {
                    matches.AddRow(Markup.Escape(Label(m.BeforeId, beforeNames)), Markup.Escape(Label(m.NowId, afterNames)),
                        m.Shared.ToString("N0", CultureInfo.InvariantCulture), m.Jaccard.ToString("0.00", CultureInfo.InvariantCulture));
                }

                context.Console.Write(matches);
            }

            context.Console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{migration.Common:N0} customers in both runs ({migration.OnlyBefore:N0} only before, {migration.OnlyNow:N0} only after): "
                + $"{migration.StayedShare:P1} stayed in the matching segment, ARI {migration.Ari:0.000}. Every move is in {Path.GetFullPath(outPath)}")));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Dictionary<string, int> Labels(SegmentRun run) =>
        run.Assignments.ToDictionary(a => a.CustomerId, a => a.SegmentId, StringComparer.Ordinal);

    private static Dictionary<int, string> Names(SegmentRun run) =>
        run.Model.Segments.ToDictionary(s => s.Id, s => s.Name);

    private static string Label(int id, Dictionary<int, string> names) =>
        $"{id} {names.GetValueOrDefault(id, id < 0 ? "Noise" : "?")}";

    // Every (before, after) pair that holds customers, in id order.
    private static void WriteCsv(string path, SegmentMigration migration, Dictionary<int, string> beforeNames, Dictionary<int, string> afterNames)
    {
        using var csv = new CsvWriter(path);
        csv.WriteRow(["before_id", "before_name", "after_id", "after_name", "customers"]);
        for (int i = 0; i < migration.BeforeIds.Length; i++)
        {
            for (int j = 0; j < migration.NowIds.Length; j++)
            {
                if (migration.Counts[i][j] > 0)
                {
                    int b = migration.BeforeIds[i];
                    int a = migration.NowIds[j];
                    csv.WriteRow([
                        b.ToString(CultureInfo.InvariantCulture), beforeNames.GetValueOrDefault(b, "Noise"),
                        a.ToString(CultureInfo.InvariantCulture), afterNames.GetValueOrDefault(a, "Noise"),
                        migration.Counts[i][j].ToString(CultureInfo.InvariantCulture)]);
                }
            }
        }
    }
}
