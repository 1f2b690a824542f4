using System.Runtime.CompilerServices;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// Rules on the densest-boundary ratio (<see cref="ValleySignal"/>): the finest partition whose every boundary runs
/// through a sparse valley. Measured on the evaluation sample the dump keeps (dumps with samples only).
/// </summary>
internal static class ValleyRules
{
    private static readonly ConditionalWeakTable<LabSet, ValleySignal> Signals = new();
    private static readonly ConditionalWeakTable<LabCandidate, StrongBox<double>> Values = new();

    public static IReadOnlyList<SelectionRule> All { get; } =
    [
        .. new[] { 0.9, 1.0, 1.05, 1.1, 1.2 }.Select(t => new SelectionRule($"valley ≥ {t}: finest such candidate, else product", s => Finest(s, t, _ => true))),
        .. new[] { 0.9, 1.0, 1.05, 1.1, 1.2 }.Select(t => new SelectionRule($"valley ≥ {t}: finest such Genie cut, else product", s => Finest(s, t, c => c.IsGenieCut))),
        .. new[] { 1.0, 1.1 }.Select(t => new SelectionRule($"valley ≥ {t}: finest, only if k ≥ product's k, else product", s => FinestIfNotCoarser(s, t, _ => true))),
        .. new[] { 0.9, 0.95, 1.0, 1.05, 1.1 }.Select(t => new SelectionRule($"valley ≥ {t}: finest Genie cut, only if k ≥ product's k", s => FinestIfNotCoarser(s, t, c => c.IsGenieCut))),
        .. new[] { 0.9, 0.95, 1.0, 1.05, 1.1 }.Select(t => new SelectionRule($"valley ≥ {t}: finest Genie cut if k ≥ product's k and product valley < t", s => FinestIfProductLacks(s, t, c => c.IsGenieCut))),
    ];

    /// <summary>The densest-boundary ratio of a candidate on its set's evaluation sample (NaN without a sample).</summary>
    public static double Valley(LabSet set, LabCandidate c)
    {
        if (set.Sample is null || c.SampleLabels is null)
        {
            return double.NaN;
        }

        var signal = Signals.GetValue(set, s => new ValleySignal(Matrix<double>.FromRows([.. s.Sample!]), 10));
        return Values.GetValue(c, x => new StrongBox<double>(signal.Of(x.SampleLabels!))).Value;
    }

    private static LabCandidate? Finest(LabSet set, double threshold, Func<LabCandidate, bool> eligible)
    {
        var pool = LabRules.Pool(set, 1);
        var product = set.Candidates[0];
        var valleys = pool.Where(c => eligible(c) && Valley(set, c) >= threshold).ToArray();
        return valleys.Length == 0 ? product : valleys.OrderByDescending(c => c.K).ThenByDescending(LabRules.Score).First();
    }

    private static LabCandidate? FinestIfNotCoarser(LabSet set, double threshold, Func<LabCandidate, bool> eligible)
    {
        var pick = Finest(set, threshold, eligible);
        return pick is not null && pick.K >= set.Candidates[0].K ? pick : set.Candidates[0];
    }

    private static LabCandidate? FinestIfProductLacks(LabSet set, double threshold, Func<LabCandidate, bool> eligible) =>
        Valley(set, set.Candidates[0]) >= threshold ? set.Candidates[0] : FinestIfNotCoarser(set, threshold, eligible);
}
