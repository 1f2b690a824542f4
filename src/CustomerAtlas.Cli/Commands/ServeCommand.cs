using System.CommandLine;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Hosting;
using CustomerAtlas.Server.Runs;
using Npgsql;
using Spectre.Console;

namespace CustomerAtlas.Cli.Commands;

/// <summary><c>atlas serve --model atlas-out/ | --store CONNECTION</c>: the REST API and dashboard for a run.</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var model = new Option<string?>("--model", "-m") { Description = "Run directory written by `atlas segment` (model.json, segments, profiles, quality)" };
        var store = new Option<string?>("--store") { Description = "PostgreSQL connection string of a segment store filled by `atlas export`" };
        var version = new Option<string?>("--version") { Description = "Model version to serve from --store (default: the newest)" };
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, separated by ';'", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var keys = new Option<string?>("--keys") { Description = "API key file (hashed keys with scopes; create one with `atlas keys add`). Default: one key for this run, printed at start" };
        var rate = new Option<int>("--rate") { Description = "Requests per minute per API key unless the key file sets its own", DefaultValueFactory = _ => new AtlasServerOptions().RequestsPerMinute };
        var command = new Command("serve", "Serve segments: REST API (OpenAPI at /openapi/v1.json, docs at /scalar/) and the dashboard (/dashboard/).\n\n"
            + "Examples:\n  atlas serve --model atlas-out/\n  atlas serve --store \"Host=localhost;Database=atlas\" --urls http://0.0.0.0:8080 --keys keys.json");
        command.Options.Add(model);
        command.Options.Add(store);
        command.Options.Add(version);
        command.Options.Add(urls);
        command.Options.Add(keys);
        command.Options.Add(rate);
        command.SetAction(async (parse, ct) =>
        {
            string? modelDir = parse.GetValue(model);
            string? connection = parse.GetValue(store);
            if ((modelDir is null) == (connection is null))
            {
                throw new ArgumentException("Give exactly one of --model (a run directory) or --store (a PostgreSQL connection string).");
            }

            if (parse.GetValue(version) is not null && connection is null)
            {
                throw new ArgumentException("--version selects a model in --store; a run directory holds one model.");
            }

            var options = new AtlasServerOptions
            {
                Urls = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                RequestsPerMinute = parse.GetValue(rate),
            };
            options.Validate();
            var catalog = modelDir is not null
                ? await RunCatalog.LoadAsync(modelDir, ct).ConfigureAwait(false)
                : await LoadFromStoreAsync(connection!, parse.GetValue(version), ct).ConfigureAwait(false);
            // Straight to the console's writer: Spectre would wrap the key and URLs at 80 columns.
            await AtlasServe.RunAsync(catalog, parse.GetValue(keys), options, line => context.Console.Profile.Out.Writer.WriteLine(line), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<SegmentCatalog> LoadFromStoreAsync(string connection, string? version, CancellationToken ct)
    {
        try
        {
            return await RunExport.LoadFromStoreAsync(connection, version, ct).ConfigureAwait(false);
        }
        catch (KeyNotFoundException e)
        {
            throw new InvalidDataException($"--store: {e.Message}", e);
        }
        catch (NpgsqlException e)
        {
            throw new InvalidDataException($"--store: cannot read the segment store: {e.Message}", e);
        }
    }
}
