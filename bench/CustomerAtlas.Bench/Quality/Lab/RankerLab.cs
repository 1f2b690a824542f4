using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// Learns a linear ranking of candidates from the cached searches (a softmax over each set's feasible candidates,
/// trained towards the candidates with the highest ARI) and reports it leave-one-set-out: every set is chosen by a
/// ranker trained on the other sets only, so the figure is what the ranking does on data it has not seen.
/// </summary>
internal static class RankerLab
{
    /// <summary>Temperature of the target distribution over a set's candidates (ARI / τ): near-best candidates share the credit.</summary>
    private const double Temperature = 0.05;

    public static void Run(LabOptions options, TextWriter log)
    {
        var sets = CandidateDump.Load(options.CacheDirectory)
            .Where(s => options.Batteries.Contains(s.Battery) && s.Sample is not null)
            .Select(s => new Prepared(s, [.. LabRules.Pool(s, 1).Where(c => c.SampleLabels is not null && c.Modularity is not null)]))
            .Where(p => p.Pool.Length > 0)
            .ToArray();
        var features = sets.Select(p => CandidateFeatures.Of(p.Set, p.Pool)).ToArray();
        foreach (double lambda in new[] { 0.01, 0.1, 1.0 })
        {
            var picked = new double[sets.Length];
            for (int holdOut = 0; holdOut < sets.Length; holdOut++)
            {
                var train = Enumerable.Range(0, sets.Length).Where(i => i != holdOut).ToArray();
                var model = Train(train.Select(i => features[i]).ToArray(), train.Select(i => sets[i].Pool).ToArray(), lambda);
                picked[holdOut] = sets[holdOut].Pool[model.Best(features[holdOut])].Ari ?? 0;
            }

            log.WriteLine($"λ={lambda}: leave-one-set-out {Summary(sets, picked)}");
            if (options.Verbose)
            {
                var all = Train(features, [.. sets.Select(p => p.Pool)], lambda);
                log.WriteLine("  weights (standardized features): " + string.Join(", ", CandidateFeatures.Names.Select((n, j) => $"{n} {all.Weights[j]:F2}")));
                for (int i = 0; i < sets.Length; i++)
                {
                    var c = sets[i].Pool[all.Best(features[i])];
                    log.WriteLine($"    {sets[i].Set.Battery,-6} {sets[i].Set.Name,-18} LOO {picked[i]:F3}  all-data pick {c.Algorithm} {c.Variant} k={c.K} ARI {c.Ari:F3}  product {sets[i].Set.Candidates[0].Ari:F3}");
                }
            }
        }

        log.WriteLine($"product as dumped: {Summary(sets, [.. sets.Select(p => p.Set.Candidates[0].Ari ?? 0)])}");
        log.WriteLine($"oracle:            {Summary(sets, [.. sets.Select(p => p.Pool.Max(c => c.Ari ?? 0))])}");
    }

    private static string Summary(Prepared[] sets, double[] ari)
    {
        var batteries = sets.Select(s => s.Set.Battery).Distinct().ToArray();
        return string.Join("  ", batteries.Select(b => $"{b} {Enumerable.Range(0, sets.Length).Where(i => sets[i].Set.Battery == b).Average(i => ari[i]):F3}"))
            + $"  all {ari.Average():F3}";
    }

    private static LinearRanker Train(double[][][] features, LabCandidate[][] pools, double lambda)
    {
        int d = CandidateFeatures.Names.Count;
        // Standardize over every training candidate so one λ suits every feature.
        var flat = features.SelectMany(f => f).ToArray();
        var mean = new double[d];
        var scale = new double[d];
        for (int j = 0; j < d; j++)
        {
            mean[j] = flat.Average(x => x[j]);
            double sd = Math.Sqrt(flat.Average(x => (x[j] - mean[j]) * (x[j] - mean[j])));
            scale[j] = sd > 1e-12 ? sd : 1;
        }

        var w = new double[d];
        var targets = pools.Select(pool => Softmax([.. pool.Select(c => (c.Ari ?? 0) / Temperature)])).ToArray();
        double rate = 0.5;
        for (int iteration = 0; iteration < 600; iteration++)
        {
            var gradient = new double[d];
            for (int s = 0; s < features.Length; s++)
            {
                var z = features[s].Select(x => Standard(x, mean, scale)).ToArray();
                var p = Softmax([.. z.Select(x => Dot(w, x))]);
                for (int i = 0; i < z.Length; i++)
                {
                    double g = p[i] - targets[s][i];
                    for (int j = 0; j < d; j++)
                    {
                        gradient[j] += g * z[i][j];
                    }
                }
            }

            for (int j = 0; j < d; j++)
            {
                w[j] -= rate * ((gradient[j] / features.Length) + (lambda * w[j]));
            }
        }

        return new LinearRanker(w, mean, scale);
    }

    private static double[] Standard(double[] x, double[] mean, double[] scale) => [.. x.Select((v, j) => (v - mean[j]) / scale[j])];

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    private static double[] Softmax(double[] z)
    {
        double max = z.Max();
        var e = z.Select(v => Math.Exp(v - max)).ToArray();
        double sum = e.Sum();
        return [.. e.Select(v => v / sum)];
    }

    private sealed record Prepared(LabSet Set, LabCandidate[] Pool);

    private sealed record LinearRanker(double[] Weights, double[] Mean, double[] Scale)
    {
        public int Best(double[][] candidates)
        {
            int best = 0;
            double top = double.NegativeInfinity;
            for (int i = 0; i < candidates.Length; i++)
            {
                double v = Dot(Weights, Standard(candidates[i], Mean, Scale));
                if (v > top)
                {
                    top = v;
                    best = i;
                }
            }

            return best;
        }
    }
}

/// <summary>The scale-free features the ranker sees: what the search measures for every candidate, nothing about the set's name.</summary>
internal static class CandidateFeatures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "silhouette", "1/(1+DB)", "kept10", "modularity0.5", "modularity1", "cutRatio10", "logK", "balance", "noise",
        "gap", "clearGap", "agreement", "isGenie", "isKMeans", "isWard", "isGmm", "isSpectral", "isHdbscan", "isConsensus",
        "silhouetteGap", "modularityGap",
    ];

    public static double[][] Of(LabSet set, LabCandidate[] pool)
    {
        var clear = LabRules.ClearGapCuts(pool, 1.3).ToHashSet();
        var agreement = Agreement(pool);
        double bestSilhouette = pool.Max(c => c.Silhouette ?? -1);
        double bestModularity = pool.Max(c => LabRules.Modularity(c, 1, 0.5));
        return [.. pool.Select(c => new[]
        {
            c.Silhouette ?? -1,
            1 / (1 + (c.DaviesBouldin ?? 10)),
            LabRules.Kept(c, 1),
            LabRules.Modularity(c, 1, 0.5),
            LabRules.Modularity(c, 1, 1),
            Math.Min(LabRules.CutRatio(c, 1), 2),
            Math.Log(c.K ?? 2),
            (c.SmallestShare ?? 0) * (c.K ?? 2),
            c.NoiseShare ?? 0,
            c.GapRatio is double g ? Math.Min(g, 3) : 0,
            clear.Contains(c) ? 1 : 0,
            agreement.GetValueOrDefault(c),
            c.IsGenieCut ? 1 : 0,
            c.Algorithm == "kmeans" ? 1 : 0,
            c.Algorithm == "agglomerative" ? 1 : 0,
            c.Algorithm == "gmm" ? 1 : 0,
            c.Algorithm == "spectral" ? 1 : 0,
            c.Algorithm == "hdbscan" ? 1 : 0,
            c.Algorithm == "consensus" ? 1 : 0,
            (c.Silhouette ?? -1) - bestSilhouette,
            LabRules.Modularity(c, 1, 0.5) - bestModularity,
        })];
    }

    /// <summary>For each Genie cut, the mean ARI between the partitions every Gini threshold gives at its k (on the evaluation sample).</summary>
    private static Dictionary<LabCandidate, double> Agreement(LabCandidate[] pool)
    {
        var result = new Dictionary<LabCandidate, double>();
        foreach (var atK in pool.Where(c => c.IsGenieCut).GroupBy(c => c.K))
        {
            var group = atK.ToArray();
            double value = group.Length < GenieFamily.Thresholds.Count ? 0 : SignalExplorer.MeanPairwiseAri([.. group.Select(c => c.SampleLabels!)]);
            foreach (var c in group)
            {
                result[c] = value;
            }
        }

        return result;
    }
}
