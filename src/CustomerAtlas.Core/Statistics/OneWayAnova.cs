namespace CustomerAtlas.Core.Statistics;

/// <summary>The result of a one-way analysis of variance.</summary>
/// <param name="F">Between-group mean square over within-group mean square.</param>
/// <param name="BetweenDf">Groups − 1.</param>
/// <param name="WithinDf">Observations − groups.</param>
/// <param name="PValue">P(F ≥ observed) under equal group means; 1 when fewer than two groups have data.</param>
/// <param name="EtaSquared">Share of the total variance explained by the groups, in [0, 1].</param>
public sealed record AnovaResult(double F, int BetweenDf, int WithinDf, double PValue, double EtaSquared);

/// <summary>One-way ANOVA: do the means of a numeric variable differ between groups?</summary>
public static class OneWayAnova
{
    /// <summary>
    /// Tests <paramref name="values"/> grouped by <paramref name="groups"/> (0..groupCount−1; negative
    /// groups and NaN values are left out). Empty groups do not count towards the degrees of freedom.
    /// </summary>
    public static AnovaResult Test(ReadOnlySpan<double> values, ReadOnlySpan<int> groups, int groupCount)
    {
        if (values.Length != groups.Length)
        {
            throw new ArgumentException($"values has {values.Length} entries but groups has {groups.Length}.", nameof(groups));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(groupCount);
        var sums = new double[groupCount];
        var counts = new long[groupCount];
        double grandSum = 0;
        long n = 0;
        for (int i = 0; i < values.Length; i++)
        {
            int g = groups[i];
            if (g < 0 || double.IsNaN(values[i]))
            {
                continue;
            }

            if (g >= groupCount)
            {
                throw new ArgumentException($"Group {g} at position {i} is not below groupCount {groupCount}.", nameof(groups));
            }

            sums[g] += values[i];
            counts[g]++;
            grandSum += values[i];
            n++;
        }

        int usedGroups = counts.Count(c => c > 0);
        if (usedGroups < 2 || n <= usedGroups)
        {
            return new AnovaResult(0, Math.Max(usedGroups - 1, 0), (int)Math.Max(n - usedGroups, 0), 1, 0);
        }

        double grandMean = grandSum / n;
        double between = 0;
        for (int g = 0; g < groupCount; g++)
        {
            if (counts[g] > 0)
            {
                double d = (sums[g] / counts[g]) - grandMean;
                between += counts[g] * d * d;
            }
        }

        double within = 0;
        for (int i = 0; i < values.Length; i++)
        {
            int g = groups[i];
            if (g >= 0 && !double.IsNaN(values[i]))
            {
                double d = values[i] - (sums[g] / counts[g]);
                within += d * d;
            }
        }

        int dfBetween = usedGroups - 1;
        int dfWithin = (int)(n - usedGroups);
        double eta = between + within > 0 ? between / (between + within) : 0;
        if (within == 0)
        {
            // Every group is constant: any difference between them is certain, none means no evidence.
            return between > 0
                ? new AnovaResult(double.PositiveInfinity, dfBetween, dfWithin, 0, 1)
                : new AnovaResult(0, dfBetween, dfWithin, 1, 0);
        }

        double f = between / dfBetween / (within / dfWithin);
        return new AnovaResult(f, dfBetween, dfWithin, Distributions.FSurvival(f, dfBetween, dfWithin), eta);
    }
}
