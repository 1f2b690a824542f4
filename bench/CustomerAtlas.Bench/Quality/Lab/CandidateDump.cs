using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// Runs the product's search once per benchmark set with a generous budget and writes every candidate
/// it produced (indices, status, labels' ARI against the reference) to <c>DIR/battery_name.json</c>,
/// so selection rules can be compared offline in seconds (<see cref="RuleEvaluator"/>).
/// </summary>
internal static class CandidateDump
{
    /// <summary>Gap ratios may be +∞ (a cut below every merge of length 0), so named literals are allowed.</summary>
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>Rows of the lab's DBCV sample (DBCV is quadratic).</summary>
    private const int DbcvRows = 500;

    /// <summary>Neighbour counts M of the graphs modularity is measured on.</summary>
    private static readonly int[] ModularityNeighbours = [5, 10, 20];

    /// <summary>Index in <see cref="ModularityNeighbours"/> of the graph whose cluster edge counts are cached (M = 10, the product's).</summary>
    private const int SeamGraph = 1;

    public static void Run(LabOptions options, TextWriter log)
    {
        Directory.CreateDirectory(options.CacheDirectory);
        foreach (string battery in options.Batteries)
        {
            foreach (string name in DatasetReader.List(options.DataDirectory, battery))
            {
                if (options.Sets.Count > 0 && !options.Sets.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                string path = Path.Combine(options.CacheDirectory, $"{battery}_{name}.json");
                if (File.Exists(path) && !options.Overwrite)
                {
                    continue;
                }

                var dataset = DatasetReader.Load(options.DataDirectory, battery, name);
                var set = Search(dataset, options);
                string temp = path + ".tmp";
                File.WriteAllText(temp, JsonSerializer.Serialize(set, Json));
                File.Move(temp, path, overwrite: true);
                var chosen = set.Candidates[0];
                log.WriteLine($"{battery,-6} {name,-20} n={set.Rows,-7} {set.Candidates.Count,4} candidates {set.Seconds,6:F1}s  chosen {chosen.Algorithm} {chosen.Variant} k={chosen.K} ARI {chosen.Ari:F3}");
            }
        }
    }

    private static LabSet Search(BenchmarkDataset dataset, LabOptions options)
    {
        // The space the product's search works in (the automatic adapter's), so rules replay what the product sees.
        var (preparation, data) = ProductPreparation.Apply(dataset.Data, options.Scaling);
        var dbcvRows = RowSampler.Sample(data.Rows, DbcvRows, Seeds.Derive(options.Seed, 7));
        var dbcvSpace = data.SelectRows(dbcvRows);
        var records = new List<LabCandidate>();
        var evaluationRows = RowSampler.Sample(data.Rows, new SelectionOptions().EvaluationRows, SelectionSeeds.EvaluationSample(options.Seed));
        var evaluationSpace = data.SelectRows(evaluationRows);
        var graphs = ModularityNeighbours.Select(m => NeighbourGraph.Build(evaluationSpace, m)).ToArray();
        var algorithms = AlgorithmCatalog.Default(data.Rows)
            .Select(a => a.Name == "genie" ? AlgorithmCatalog.Genie(smoothing: options.Smoothing) : a)
            .ToArray();
        var search = new AutomaticSearch(ValidityHooks.Default, new SelectionOptions { Seed = options.Seed, Budget = options.Budget })
        {
            Inspector = (entry, labels) => records.Add(Record(entry, labels, dataset, dbcvRows, dbcvSpace, options.Dbcv, evaluationRows, graphs)),
        };
        var clock = Stopwatch.StartNew();
        search.Run([new PreparedData(preparation, data)], data, algorithms);
        double[][] sample = [.. evaluationRows.Select(r => Enumerable.Range(0, data.Cols).Select(c => data[r, c]).ToArray())];
        return new LabSet(dataset.Battery, dataset.Name, data.Rows, data.Cols, dataset.Labellings[0].Max(), clock.Elapsed.TotalSeconds, records)
        {
            Sample = sample,
        };
    }

    private static LabCandidate Record(
        LeaderboardEntry entry, IReadOnlyList<int>? labels, BenchmarkDataset dataset, int[] dbcvRows, Matrix<double> dbcvSpace, bool dbcv,
        int[] evaluationRows, NeighbourGraph[] graphs)
    {
        double? ari = null;
        double? validity = null;
        double[]? modularity = null;
        long[]? seams = null;
        IReadOnlyList<SeamMerge>? merges = null;
        if (labels is not null)
        {
            int[] predicted = [.. labels];
            ari = dataset.Labellings.Max(reference => QualityRunner.AriWithoutNoise(reference, predicted));
            bool feasible = entry.Status is CandidateStatus.Scored or CandidateStatus.Screened;
            int[] evaluated = [.. evaluationRows.Select(r => predicted[r])];
            modularity = [.. graphs.SelectMany(g => g.ModularityTerms(evaluated) is var (inside, expected) ? new[] { inside, expected } : [])];
            seams = feasible ? graphs[SeamGraph].ClusterEdgeCounts(evaluated) : null;
            merges = seams is null ? null : SeamMerges.Follow(seams, predicted, labels => dataset.Labellings.Max(reference => QualityRunner.AriWithoutNoise(reference, labels)));
            if (dbcv && feasible)
            {
                int[] sampled = [.. dbcvRows.Select(r => predicted[r])];
                if (sampled.Where(l => l >= 0).Distinct().Count() >= 2)
                {
                    validity = DensityBasedValidity.Score(dbcvSpace, sampled, DbcvRows);
                }
            }
        }

        return new LabCandidate(
            entry.Rank, entry.Algorithm, entry.Variant, entry.K, entry.Status.ToString(), entry.NoiseShare, entry.SmallestShare,
            entry.Silhouette, entry.DaviesBouldin, entry.Stability, entry.Score, entry.GapRatio, validity, modularity, ari, seams, merges)
        {
            SampleLabels = labels is null ? null : [.. evaluationRows.Select(r => labels[r])],
        };
    }

    /// <summary>Reads every cached set of <paramref name="directory"/>.</summary>
    public static IReadOnlyList<LabSet> Load(string directory) =>
        [.. Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Deserialize<LabSet>(File.ReadAllText(f), Json) ?? throw new InvalidDataException($"{f}: empty cache file"))];
}
