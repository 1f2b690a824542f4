using System.CommandLine;
using CustomerAtlas.Bench.CommandLine;

namespace CustomerAtlas.Bench.Quality;

/// <summary>The <c>quality</c> subcommand's options.</summary>
internal static class QualityCommandLine
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var defaults = new QualityOptions();
        var battery = BenchmarkSetOptions.Batteries("Batteries to run (default: sipu,uci,other then g2mg,h2mg; with --quick: sipu,uci,other)", "--batteries");
        var quick = new Option<bool>("--quick") { Description = $"Only sets with at most {defaults.QuickRowLimit:N0} rows, and no g2mg/h2mg unless asked for" };
        var algorithms = OptionRules.CommaList<string>("--algorithms", "Only these algorithms (default: all)",
            problem: OptionRules.OneOf(() => AdapterRegistry.All.Select(a => a.Name)), aliases: "--algorithm");
        var timeCap = OptionRules.Number("--time-cap", "A fit running longer than this many seconds is cancelled and reported as a timeout", defaults.TimeCap.TotalSeconds, minimum: 0.0, exclusive: true);
        var seed = OptionRules.Number("--seed", "Seed of every fit", defaults.Seed, minimum: 0);
        var data = BenchmarkSetOptions.DataDirectory();
        var peers = new Option<string>("--peers") { Description = "Folder of the peers' quality figures", HelpName = "DIR", DefaultValueFactory = _ => BenchmarkSetOptions.SharedFolder("peers") };
        var csv = new Option<string>("--csv") { Description = "Write the per-dataset results to this CSV file", HelpName = "FILE" };
        var verbose = new Option<bool>("--verbose") { Description = "Print one line per set and algorithm, with what choosing adapters (auto) chose" };
        var sets = OptionRules.CommaList<string>("--sets", "Only the sets with these names (default: all), e.g. a1,flame");
        var fromCsv = OptionRules.CommaList<string>("--from-csv", "Print the tables of these saved --csv files instead of running (merges split runs)");
        var command = new Command("quality", "The clustering-quality bench against reference labels, next to scikit-learn's and R's figures.\n\n"
            + "Examples:\n  quality --quick --battery other --algorithms kmeans\n  quality --from-csv a.csv,b.csv");
        command.WithOptions(battery, quick, algorithms, timeCap, seed, data, peers, csv, verbose, sets, fromCsv);

        command.SetAction(parse =>
        {
            bool isQuick = parse.GetValue(quick);
            return QualityCommand.Run(new QualityOptions
            {
                Batteries = parse.ValueIfGiven(battery) ?? (isQuick ? QualityOptions.MainBatteries : defaults.Batteries),
                Quick = isQuick,
                Algorithms = parse.GetValue(algorithms)!,
                TimeCap = TimeSpan.FromSeconds(parse.GetValue(timeCap)),
                Seed = parse.GetValue(seed),
                DataDirectory = parse.GetValue(data)!,
                PeersDirectory = parse.GetValue(peers)!,
                CsvPath = parse.GetValue(csv),
                Verbose = parse.GetValue(verbose),
                Sets = parse.GetValue(sets)!,
                FromCsv = parse.GetValue(fromCsv)!,
            });
        });
        return command;
    }
}
