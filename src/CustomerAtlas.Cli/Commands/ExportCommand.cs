using System.CommandLine;
using CustomerAtlas.Server.Runs;
using Npgsql;
using Spectre.Console;

namespace CustomerAtlas.Cli.Commands;

/// <summary><c>atlas export RUN --to CONNECTION</c>: writes a run into the PostgreSQL segment store.</summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var run = new Argument<string>("run") { Description = "Run directory written by `atlas segment`" };
        var to = new Option<string>("--to") { Description = "PostgreSQL connection string, e.g. \"Host=localhost;Database=atlas;Username=atlas\"", Required = true };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors" };
        var command = new Command("export", "Write a run's segments, profiles, customer assignments and model into PostgreSQL "
            + "(tables atlas_models, atlas_segments, atlas_profiles, atlas_customers) in one transaction. "
            + "Exporting the same model version again replaces it.\n\n"
            + "Example:\n  atlas export atlas-out/ --to \"Host=localhost;Database=atlas\"");
        command.Arguments.Add(run);
        command.Options.Add(to);
        command.Options.Add(quiet);
        command.SetAction(async (parse, ct) =>
        {
            Data.Store.RunRecord record;
            try
            {
                record = await RunExport.ExportAsync(parse.GetValue(run)!, parse.GetValue(to)!, ct).ConfigureAwait(false);
            }
            catch (NpgsqlException e)
            {
                throw new InvalidDataException($"--to: cannot write to the segment store: {e.Message}", e);
            }

            if (!parse.GetValue(quiet))
            {
                context.Console.MarkupLine($"Exported model [green]{Markup.Escape(record.Model.Version)}[/]: "
                    + $"{record.Segments.Count} segments, {record.Customers.Count} customers, {record.Profiles.Count} profile rows.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
