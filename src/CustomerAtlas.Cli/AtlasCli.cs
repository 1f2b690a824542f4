using System.CommandLine;
using CustomerAtlas.Cli.Commands;
using CustomerAtlas.Data.Engines;
using Spectre.Console;

namespace CustomerAtlas.Cli;

/// <summary>The <c>atlas</c> command line: builds the command tree and maps failures to exit codes.</summary>
public static class AtlasCli
{
    /// <summary>
    /// Runs <c>atlas</c> with <paramref name="args"/>; results go to <paramref name="console"/>, help text to
    /// <paramref name="output"/> and errors to <paramref name="error"/> (defaults: the terminal).
    /// </summary>
    public static async Task<int> RunAsync(
        string[] args, IAnsiConsole? console = null, TextWriter? error = null, TextWriter? output = null, CancellationToken ct = default)
    {
        var context = new CliContext(console ?? AnsiConsole.Console, error ?? System.Console.Error);
        var root = new RootCommand("CustomerAtlas: customer segmentation from transaction logs or customer tables.\n\n"
            + "Examples:\n  atlas demo\n  atlas segment orders.csv.gz --out atlas-out\n  atlas score atlas-out/model.json new.csv --out scored.csv\n  atlas drift atlas-out/model.json new.csv --fail-on-refresh");
        root.Subcommands.Add(SegmentCommand.Create(context));
        root.Subcommands.Add(ScoreCommand.Create(context));
        root.Subcommands.Add(DriftCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(DemoDataCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(KeysCommand.Create(context));
        root.Subcommands.Add(LoadCommand.Create(context.Console));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Run 'atlas --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output ?? System.Console.Out, Error = context.Error }, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DataSourceException or ArgumentException or InvalidDataException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
        catch (Exception ex)
        {
            await context.Error.WriteLineAsync($"internal error (please report it): {ex}").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}
