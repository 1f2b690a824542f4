
namespace CustomerAtlas.Core.Selection;

/// <summary>How the chosen partition changed under one perturbation.</summary>
/// <param name="Kind">"seed" or "preprocessing".</param>
/// <param name="Setting">The seed or preparation name used.</param>
/// <param name="Ari">ARI against the chosen partition (1 = unchanged).</param>
/// <param name="K">Clusters found under the perturbation.</param>
public sealed record SensitivityEntry(string Kind, string Setting, double Ari, int K);

/// <summary>
/// Sensitivity of the chosen partition: refit the same algorithm and parameters under other seeds
/// and under the other preprocessing choices, and compare each result with the chosen labels by ARI.
/// A partition that moves a lot under a new seed is an accident of initialisation; one that moves
/// under a new scaling depends on that modelling choice, which the report should say.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Runs the perturbations; stops early (returning what it has) when <paramref name="cancellationToken"/> fires.</summary>
    public static IReadOnlyList<SensitivityEntry> Run(
        Candidate chosen,
        int[] chosenLabels,
        IReadOnlyList<PreparedData> preparations,
        IReadOnlyList<int> otherSeeds,
        int seed,
        Func<int[], int[], double> adjustedRand,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(chosenLabels);
        ArgumentNullException.ThrowIfNull(preparations);
        ArgumentNullException.ThrowIfNull(otherSeeds);
        ArgumentNullException.ThrowIfNull(adjustedRand);
        var own = preparations.FirstOrDefault(p => p.Name == chosen.Preprocessing)
            ?? throw new ArgumentException($"No preparation is named '{chosen.Preprocessing}'.", nameof(preparations));
        var perturbations = otherSeeds.Select(s => ("seed", s.ToString(System.Globalization.CultureInfo.InvariantCulture), chosen, own.Data, s))
            .Concat(preparations.Where(p => p.Name != chosen.Preprocessing && PreparedData.Allows(p, chosen.Algorithm.Name, preparations))
                .Select(p => ("preprocessing", p.Name, chosen with { Preprocessing = p.Name }, p.Data, seed)));
        var entries = new List<SensitivityEntry>();
        foreach (var (kind, setting, candidate, data, runSeed) in perturbations)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                var fitted = CandidateFitter.Fit(candidate, data, runSeed, cancellationToken);
                int k = fitted.Labels.Where(l => l >= 0).Distinct().Count();
                entries.Add(new SensitivityEntry(kind, setting, adjustedRand(chosenLabels, fitted.Labels), k));
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return entries;
    }
}
