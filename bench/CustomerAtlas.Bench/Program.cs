using CustomerAtlas.Bench.Perf;

// Entry point: `perf [--quick] [--only group,...] [--no-peers]` prints the side-by-side table;
// `child ...` is how the perf command runs one case in a fresh process (peak RSS per case).
return args.Length > 0 && args[0] == PerfChild.Verb
    ? PerfChild.Run(args[1..])
    : args.Length > 0 && args[0] == "perf"
        ? PerfCommand.Run(args[1..])
        : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: CustomerAtlas.Bench perf [--quick] [--only kmeans,minibatch,pca,...] [--no-peers]");
    return 2;
}
