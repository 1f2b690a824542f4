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
        var scaling = new Option<Pipeline.Preprocessing.ScalingMethod>("--scaling") { Description = "Scaling of the product's preprocessing (default Robust)", DefaultValueFactory = _ => defaults.Scaling };
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
            Scaling = parse.GetValue(scaling),
            Overwrite = parse.GetValue(overwrite),
            Verbose = parse.GetValue(verbose),
        };

        var dump = new Command("dump", "Run the product's search on every set and cache every candidate with its ARI.\n\nExample:\n  selection-lab dump --cache /tmp/lab --budget 120");
        dump.WithOptions(cache, battery, sets, data, seed, budget, smoothing, scaling, noDbcv, overwrite);
        dump.SetAction(parse => Guarded(() => CandidateDump.Run(Read(parse), Console.Out)));
        var rules = new Command("rules", "Replay the selection rules on the cache: mean ARI per battery, with the pool's oracle.\n\nExample:\n  selection-lab rules --cache /tmp/lab");
        rules.WithOptions(cache, battery, sets, verbose);
        rules.SetAction(parse => Guarded(() => RuleEvaluator.Run(Read(parse), Console.Out)));
        var trees = new Command("trees", "Write the Genie merge lists the search cuts, per set and threshold, under DIR/trees.");
        trees.WithOptions(cache, battery, sets, data, seed, smoothing, scaling);
        trees.SetAction(parse => Guarded(() => TreeDump.Run(Read(parse), Console.Out)));
        var signals = new Command("signals", "Print per set and k what candidate signals say next to the best Genie cut's ARI (dumps with samples).");
        signals.WithOptions(cache, battery, sets, seed);
        signals.SetAction(parse => Guarded(() => SignalExplorer.Run(Read(parse), Console.Out)));
        var learn = new Command("learn", "Train a linear candidate ranking on the cache and report it leave-one-set-out (dumps with samples).");
        learn.WithOptions(cache, battery, verbose);
        learn.SetAction(parse => Guarded(() => RankerLab.Run(Read(parse), Console.Out)));
        var file = new Option<string>("--file") { Description = "CSV file to write", HelpName = "FILE", Required = true };
        var export = new Command("export", "Write every fitted candidate with its signals and ARI to a CSV file (dumps with samples).");
        export.WithOptions(cache, battery, sets, file);
        export.SetAction(parse => Guarded(() => SignalExport.Run(Read(parse), parse.GetValue(file)!, Console.Out)));
        var command = new Command("selection-lab", "Study the automatic mode's selection rules offline (issue 10).");
        command.Subcommands.Add(dump);
        command.Subcommands.Add(rules);
        command.Subcommands.Add(trees);
        command.Subcommands.Add(signals);
        command.Subcommands.Add(learn);
        command.Subcommands.Add(export);
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
