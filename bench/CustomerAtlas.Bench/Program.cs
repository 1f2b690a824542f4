using CustomerAtlas.Bench.CommandLine;

// The command tree (one subcommand per bench, plus the hidden `child` verb perf re-executes itself with) is in CommandLine/BenchCli.
return await BenchCli.RunAsync(args);
