using System.CommandLine;
using CustomerAtlas.Bench.Deep;
using CustomerAtlas.Bench.EndToEnd;
using CustomerAtlas.Bench.Load;
using CustomerAtlas.Bench.Perf;
using CustomerAtlas.Bench.Quality;
using CustomerAtlas.Bench.ScaleOut;

namespace CustomerAtlas.Bench.CommandLine;

/// <summary>The bench's command line: one subcommand per bench, parse errors and bad values give exit code 2.</summary>
internal static class BenchCli
{
    /// <summary>Exit code for bad options or unreadable input, as in the product CLI.</summary>
    public const int BadInput = 2;

    /// <summary>Parses <paramref name="args"/> and runs the chosen bench.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("CustomerAtlas benches: speed and quality against peers, end-to-end, load, scale-out and deep clustering.\n\n"
            + "Example:\n  dotnet run -c Release --project bench/CustomerAtlas.Bench -- perf --quick --only kmeans");
        root.Subcommands.Add(PerfCommandLine.Create());
        root.Subcommands.Add(PerfCommandLine.CreateChild());
        root.Subcommands.Add(QualityCommandLine.Create());
        root.Subcommands.Add(Quality.Lab.SelectionLabCommandLine.Create());
        root.Subcommands.Add(EndToEndCommandLine.Create());
        root.Subcommands.Add(LoadCommandLine.Create());
        root.Subcommands.Add(ScaleOutCommandLine.Create());
        root.Subcommands.Add(DeepCommandLine.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'CustomerAtlas.Bench --help' (or '<command> --help') for usage.").ConfigureAwait(false);
            return BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return BadInput;
        }
    }
}
