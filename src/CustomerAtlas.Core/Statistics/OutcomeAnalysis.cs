namespace CustomerAtlas.Core.Statistics;

/// <summary>How one segment fares on an outcome.</summary>
/// <param name="Segment">Segment index.</param>
/// <param name="Count">Rows of the segment with a known outcome.</param>
/// <param name="Value">Outcome rate (binary outcomes) or mean (numeric outcomes) in the segment.</param>
/// <param name="Lift">Value over the population value (1 = like everyone; NaN-free: 0 when the population value is 0).</param>
public sealed record SegmentOutcome(int Segment, long Count, double Value, double Lift);

/// <summary>An outcome (churn, response, spend …) broken down by segment, with a significance test.</summary>
/// <param name="IsBinary">True when every known value is 0 or 1: values are rates and the test is chi-square.</param>
/// <param name="PopulationValue">Rate or mean over every segmented row with a known outcome.</param>
/// <param name="Segments">One entry per segment, in segment order.</param>
/// <param name="Test">"chi-square" or "anova".</param>
/// <param name="Statistic">χ² or F.</param>
/// <param name="PValue">Probability of differences at least this large if segments did not matter.</param>
public sealed record OutcomeReport(
    bool IsBinary,
    double PopulationValue,
    IReadOnlyList<SegmentOutcome> Segments,
    string Test,
    double Statistic,
    double PValue);

/// <summary>
/// Links segments to an outcome the clustering never saw: the rate or mean per segment, its lift
/// against the population, and a chi-square (binary) or one-way ANOVA (numeric) p-value.
/// </summary>
public static class OutcomeAnalysis
{
    /// <summary>
    /// Analyses <paramref name="outcome"/> (NaN = unknown) over <paramref name="labels"/>
    /// (0..segmentCount−1; negative labels, i.e. noise, are left out).
    /// </summary>
    public static OutcomeReport Analyze(ReadOnlySpan<double> outcome, ReadOnlySpan<int> labels, int segmentCount)
    {
        if (outcome.Length != labels.Length)
        {
            throw new ArgumentException($"outcome has {outcome.Length} entries but labels has {labels.Length}.", nameof(labels));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(segmentCount);
        bool binary = true;
        var sums = new double[segmentCount];
        var counts = new long[segmentCount];
        for (int i = 0; i < outcome.Length; i++)
        {
            double v = outcome[i];
            int s = labels[i];
            if (s < 0 || double.IsNaN(v))
            {
                continue;
            }

            if (s >= segmentCount)
            {
                throw new ArgumentException($"Label {s} at row {i} is not below segmentCount {segmentCount}.", nameof(labels));
            }

            binary &= v == 0 || v == 1;
            sums[s] += v;
            counts[s]++;
        }

        long n = counts.Sum();
        if (n == 0)
        {
            throw new ArgumentException("No segmented row has a known outcome value.", nameof(outcome));
        }

        double population = sums.Sum() / n;
        var segments = new SegmentOutcome[segmentCount];
        for (int s = 0; s < segmentCount; s++)
        {
            double value = counts[s] > 0 ? sums[s] / counts[s] : 0;
            double lift = population != 0 ? value / population : 0;
            segments[s] = new SegmentOutcome(s, counts[s], value, lift);
        }

        if (binary)
        {
            var table = new long[segmentCount, 2];
            for (int s = 0; s < segmentCount; s++)
            {
                long positives = (long)Math.Round(sums[s]);
                table[s, 1] = positives;
                table[s, 0] = counts[s] - positives;
            }

            var chi = ChiSquareTest.Independence(table);
            return new OutcomeReport(true, population, segments, "chi-square", chi.Statistic, chi.PValue);
        }

        var anova = OneWayAnova.Test(outcome, labels, segmentCount);
        return new OutcomeReport(false, population, segments, "anova", anova.F, anova.PValue);
    }
}
