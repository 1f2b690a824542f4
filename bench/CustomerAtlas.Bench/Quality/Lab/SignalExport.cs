using System.Globalization;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// Writes every fitted candidate of the cached searches as one CSV row with what the search measured, its valley ratio
/// on the evaluation sample and its ARI, so rules can be explored with any table tool before one is written in C#.
/// </summary>
internal static class SignalExport
{
    public static void Run(LabOptions options, string file, TextWriter log)
    {
        var lines = new List<string>
        {
            "battery,set,rows,cols,ref_k,rank,algorithm,variant,k,status,noise,smallest,silhouette,davies_bouldin,stability,score,gap,kept10,expected10,valley,valley_pairs_below1,ari",
        };
        foreach (var set in CandidateDump.Load(options.CacheDirectory)
            .Where(s => options.Batteries.Contains(s.Battery) && (options.Sets.Count == 0 || options.Sets.Contains(s.Name))))
        {
            var signal = set.Sample is null ? null : new ValleySignal(Matrix<double>.FromRows([.. set.Sample]), 10);
            foreach (var c in set.Candidates.Where(c => c.K is not null))
            {
                var (valley, below) = signal is null || c.SampleLabels is null ? (double.NaN, -1) : signal.WithPairs(c.SampleLabels);
                string[] fields =
                [
                    set.Battery, set.Name, F(set.Rows), F(set.Cols), F(set.ReferenceK), F(c.Rank), c.Algorithm, c.Variant, F(c.K!.Value), c.Status,
                    F(c.NoiseShare), F(c.SmallestShare), F(c.Silhouette), F(c.DaviesBouldin), F(c.Stability), F(c.Score), F(c.GapRatio),
                    F(c.Modularity?[2]), F(c.Modularity?[3]), F(valley), F(below), F(c.Ari),
                ];
                lines.Add(string.Join(",", fields.Select(f => f.Contains(',', StringComparison.Ordinal) ? $"\"{f}\"" : f)));
            }

            log.WriteLine($"{set.Battery} {set.Name}: {set.Candidates.Count} candidates");
        }

        File.WriteAllLines(file, lines);
    }

    private static string F(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
