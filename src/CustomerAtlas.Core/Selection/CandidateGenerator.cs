namespace CustomerAtlas.Core.Selection;

/// <summary>
/// Enumerates the search space: every preparation × algorithm × variant × k (or once per variant
/// for algorithms that choose k), ordered by estimated cost so cheap candidates run first and a
/// tight budget still covers the broad, fast part of the space.
/// </summary>
public static class CandidateGenerator
{
    /// <summary>Generates the candidates for data with <paramref name="rows"/> rows and <paramref name="cols"/> columns.</summary>
    public static IReadOnlyList<Candidate> Generate(
        IReadOnlyList<string> preparations,
        IReadOnlyList<AlgorithmSpec> algorithms,
        int minK,
        int maxK,
        int rows,
        int cols)
    {
        ArgumentNullException.ThrowIfNull(preparations);
        ArgumentNullException.ThrowIfNull(algorithms);
        ArgumentOutOfRangeException.ThrowIfLessThan(minK, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxK, minK);
        var drafts = new List<(string Prep, AlgorithmSpec Algo, int? K, string Variant, double Cost)>();
        foreach (var prep in preparations)
        {
            foreach (var algo in algorithms)
            {
                foreach (var variant in algo.Variants)
                {
                    if (algo.ChoosesK)
                    {
                        drafts.Add((prep, algo, null, variant, SearchCost.Fit(algo, rows, cols, k: 1)));
                        continue;
                    }

                    for (int k = minK; k <= Math.Min(maxK, rows - 1); k++)
                    {
                        drafts.Add((prep, algo, k, variant, SearchCost.Fit(algo, rows, cols, k)));
                    }
                }
            }
        }

        // Stable sort: equal costs keep the declared order (preparations, then algorithms, then k).
        return drafts
            .Select((d, i) => (d, i))
            .OrderBy(p => p.d.Cost)
            .ThenBy(p => p.i)
            .Select((p, id) => new Candidate(id, p.d.Prep, p.d.Algo, p.d.K, p.d.Variant, p.d.Cost))
            .ToArray();
    }
}
