using System.CommandLine;
using CustomerAtlas.Bench.CommandLine;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// The <c>selection-lab</c> command: <c>dump</c> caches every candidate of the product's search per
/// benchmark set, <c>rules</c> replays selection rules on the cache and prints mean ARI per battery.
/// </summary>
internal static class SelectionLabCommandLine
{
    public static Command Create()
    {
        var defaults = new LabOptions();
        var cache = new Option<string>("--cache") { Description = "Folder of the cached searches", HelpName = "DIR", Required = true };
        var battery = BenchmarkSetOptions.Batteries("Batteries (default: sipu,uci,other)");
        var sets = OptionRules.CommaList<string>("--sets", "Only the sets with these names (default: all)");
        var data = BenchmarkSetOptions.DataDirectory();
        var seed = OptionRules.Number("--seed", "Seed of the searches", defaults.Seed, minimum: 0);
        var budget = OptionRules.Number("--budget", "Search budget per set in seconds (generous, so every candidate is fitted)", defaults.Budget.TotalSeconds, minimum: 0.0, exclusive: true);
        var smoothing = OptionRules.CommaList<int>("--smoothing", "Genie smoothing factors M in the pool (default 1,5,10)", problem: OptionRules.AtLeast(1));
        var noDbcv = new Option<bool>("--no-dbcv") { Description = "Do not compute DBCV for every feasible candidate" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Search sets again even when cached" };
        var verbose = new Option<bool>("--verbose") { Description = "Print each rule's choice per set" };

        LabOptions Read(ParseResult parse) => new()
        {
            CacheDirectory = parse.GetValue(cache)!,
            Batteries = parse.ValueIfGiven(battery) ?? QualityOptions.MainBatteries,
            Sets = parse.GetValue(sets)!,
            DataDirectory = parse.GetValue(data)!,
            Seed = parse.GetValue(seed),
            Budget = TimeSpan.FromSeconds(parse.GetValue(budget)),
            Smoothing = parse.ValueIfGiven(smoothing) ?? defaults.Smoothing,
            Dbcv = !parse.GetValue(noDbcv),
            Overwrite = parse.GetValue(overwrite),
            Verbose = parse.GetValue(verbose),
        };

        var dump = new Command("dump", "Run the product's search on every set and cache every candidate with its ARI.\n\nExample:\n  selection-lab dump --cache /tmp/lab --budget 120");
        dump.WithOptions(cache, battery, sets, data, seed, budget, smoothing, noDbcv, overwrite);
        dump.SetAction(parse => Guarded(() => CandidateDump.Run(Read(parse), Console.Out)));
        var rules = new Command("rules", "Replay the selection rules on the cache: mean ARI per battery, with the pool's oracle.\n\nExample:\n  selection-lab rules --cache /tmp/lab");
        rules.WithOptions(cache, battery, sets, verbose);
        rules.SetAction(parse => Guarded(() => RuleEvaluator.Run(Read(parse), Console.Out)));
        var trees = new Command("trees", "Write the Genie merge lists the search cuts, per set and threshold, under DIR/trees.");
        trees.WithOptions(cache, battery, sets, data, seed, smoothing);
        trees.SetAction(parse => Guarded(() => TreeDump.Run(Read(parse), Console.Out)));
        var command = new Command("selection-lab", "Study the automatic mode's selection rules offline (issue 10).");
        command.Subcommands.Add(dump);
        command.Subcommands.Add(rules);
        command.Subcommands.Add(trees);
        return command;
    }

    private static int Guarded(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }
}
