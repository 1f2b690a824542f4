using System.Text.Json;
using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// Writes the Genie merge lists the search cuts (same rows: a seeded 20,000-row sample above that) to
/// <c>DIR/trees/battery_name.json</c>, one hierarchy per Gini threshold, for studying gap measures offline.
/// </summary>
internal static class TreeDump
{
    public static void Run(LabOptions options, TextWriter log)
    {
        string folder = Path.Combine(options.CacheDirectory, "trees");
        Directory.CreateDirectory(folder);
        int maxRows = AlgorithmCatalog.Genie().MaxFitRows;
        foreach (string battery in options.Batteries)
        {
            foreach (string name in DatasetReader.List(options.DataDirectory, battery))
            {
                if (options.Sets.Count > 0 && !options.Sets.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                var (_, data) = ProductPreparation.Apply(DatasetReader.Load(options.DataDirectory, battery, name).Data, options.Scaling);
                var fitted = data.Rows <= maxRows ? data : data.SelectRows(RowSampler.Sample(data.Rows, maxRows, SelectionSeeds.FitSample(options.Seed)));
                foreach (int m in options.Smoothing)
                {
                    var models = new GenieClusterer(new GenieOptions { ClusterCount = 2, MinSamples = m }).FitThresholds(fitted, GenieFamily.Thresholds);
                    var trees = models.Select(g => new { g.GiniThreshold, Smoothing = m, g.Hierarchy }).ToArray();
                    File.WriteAllText(Path.Combine(folder, $"{battery}_{name}_M{m}.json"), JsonSerializer.Serialize(trees));
                }

                log.WriteLine($"{battery} {name} trees written");
            }
        }
    }
}
