using FsCheck;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Metrics;

public class ExternalMetricPropertyTests
{
    private const double Tolerance = 1e-9;

    private static (int[] True, int[] Pred, Random Random) Case(int seed, PositiveInt size)
    {
        var random = new Random(seed);
        int k1 = 1 + random.Next(6), k2 = 1 + random.Next(6);
        int n = Math.Max(k1, k2) + 1 + (size.Get % 80);
        return (LabelGen.Labels(random, n, k1), LabelGen.Labels(random, n, k2), random);
    }

    [Property(MaxTest = 60)]
    public bool InvariantToRenamingLabels(int seed, PositiveInt size)
    {
        var (t, p, random) = Case(seed, size);
        int[] t2 = LabelGen.Rename(random, t), p2 = LabelGen.Rename(random, p);
        return ExternalMetricCatalog.All.All(m => Math.Abs(m.Score(t, p) - m.Score(t2, p2)) < Tolerance);
    }

    [Property(MaxTest = 60)]
    public bool PerfectLabellingScoresOne(int seed, PositiveInt size)
    {
        var (t, _, random) = Case(seed, size);
        int[] same = LabelGen.Rename(random, t);
        return ExternalMetricCatalog.All.Where(m => m.PerfectIsOne).All(m => Math.Abs(m.Score(t, same) - 1.0) < Tolerance);
    }

    [Property(MaxTest = 60)]
    public bool StaysWithinBounds(int seed, PositiveInt size)
    {
        var (t, p, _) = Case(seed, size);
        return ExternalMetricCatalog.All.All(m =>
        {
            double s = m.Score(t, p);
            return !double.IsNaN(s) && s >= m.Lower - Tolerance && s <= m.Upper + Tolerance;
        });
    }

    [Property(MaxTest = 60)]
    public bool SymmetricMetricsIgnoreArgumentOrder(int seed, PositiveInt size)
    {
        var (t, p, _) = Case(seed, size);
        return ExternalMetricCatalog.All.Where(m => m.Symmetric).All(m => Math.Abs(m.Score(t, p) - m.Score(p, t)) < Tolerance);
    }

    [Property(MaxTest = 30)]
    public bool IndependentLabellingsScoreNearZeroAfterChanceCorrection(int seed)
    {
        // Large n with unrelated labels: the adjusted indices concentrate near 0.
        var random = new Random(seed);
        int[] t = LabelGen.Labels(random, 3000, 4), p = LabelGen.Labels(random, 3000, 5);
        return Math.Abs(Core.Metrics.AdjustedRandIndex.Score(t, p)) < 0.02
            && Math.Abs(Core.Metrics.MutualInformation.Adjusted(t, p)) < 0.02;
    }
}
