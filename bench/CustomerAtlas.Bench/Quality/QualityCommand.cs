namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// <c>quality</c>: the clustering-quality bench against reference labels (issue 4). Exit code 0 on
/// success, 2 on bad options or unreadable input.
/// </summary>
internal static class QualityCommand
{
    public static int Run(QualityOptions options)
    {
        var adapters = AdapterRegistry.All.Where(a => options.Algorithms.Count == 0 || options.Algorithms.Contains(a.Name)).ToList();
        try
        {
            var sklearn = LoadPeers(Path.Combine(options.PeersDirectory, "sklearn_quality.csv"));
            var r = LoadPeers(Path.Combine(options.PeersDirectory, "r_quality.csv"));
            Console.WriteLine(
                $"quality: {string.Join(",", options.Batteries)}{(options.Quick ? " (quick)" : "")}; algorithms {string.Join(", ", adapters.Select(a => a.Name))}; "
                + $"seed {options.Seed}; {Environment.ProcessorCount} cores");
            var results = options.FromCsv.Count > 0
                ? [.. options.FromCsv.SelectMany(ResultsCsv.Read).Where(x => adapters.Any(a => a.Name == x.Algorithm))]
                : QualityRunner.Run(options, adapters, Console.Out).ToList();
            if (options.CsvPath is not null)
            {
                ResultsCsv.Write(options.CsvPath, results);
            }

            Console.WriteLine();
            QualityReport.Write(Console.Out, results, adapters, sklearn, r);
            Console.WriteLine();
            Console.WriteLine($"total fit time {results.Sum(x => x.Seconds):F1} s");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }

    private static PeerFigures LoadPeers(string path) => File.Exists(path) ? PeerFigures.Load(path) : PeerFigures.Empty;
}
