using CustomerAtlas.Bench.Quality;

return args.FirstOrDefault() switch
{
    "quality" => QualityCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: CustomerAtlas.Bench <command> [options]");
    Console.Error.WriteLine("  " + QualityOptions.Usage);
    return 2;
}
