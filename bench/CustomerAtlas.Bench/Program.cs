using CustomerAtlas.Bench.Deep;
using CustomerAtlas.Bench.EndToEnd;
using CustomerAtlas.Bench.Load;
using CustomerAtlas.Bench.Perf;
using CustomerAtlas.Bench.Quality;
using CustomerAtlas.Bench.ScaleOut;

// One dispatch line per bench command; each command lives in its own folder.
// `child ...` is how the perf command runs one case in a fresh process (peak RSS per case).
return args.FirstOrDefault() switch
{
    PerfChild.Verb => PerfChild.Run(args[1..]),
    "perf" => PerfCommand.Run(args[1..]),
    "quality" => QualityCommand.Run(args[1..]),
    "e2e" => EndToEndCommand.Run(args[1..]),
    "scaleout" => await ScaleOutBench.RunAsync(args[1..]),
    "load" => await LoadCommand.RunAsync(args[1..]),
    "deep" => DeepCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CustomerAtlas.Bench <command> [options]");
    Console.Error.WriteLine("  perf [--quick] [--only kmeans,minibatch,pca,...] [--match ID-PART,...] [--no-peers]");
    Console.Error.WriteLine("  " + QualityOptions.Usage);
    Console.Error.WriteLine("  e2e [FILE] [--runs N]   raw file to report with a phase breakdown (default: online-retail)");
    Console.Error.WriteLine("  " + LoadCommand.Usage);
    Console.Error.WriteLine("  scaleout --all [--sizes 5000000,20000000,50000000] [--dir /tmp] [--keep-files]   (or one run: --target duckdb|ch1|ch2 --events N --customers M)");
    Console.Error.WriteLine("  deep [--k K] [--resamples R] [--datasets customer-personality,telco-churn,online-retail]");
    return 2;
}
