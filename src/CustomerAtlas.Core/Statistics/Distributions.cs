namespace CustomerAtlas.Core.Statistics;

/// <summary>Upper-tail probabilities (p-values) of the distributions the tests use.</summary>
public static class Distributions
{
    /// <summary>P(X ≥ <paramref name="statistic"/>) for X ~ χ²(<paramref name="degreesOfFreedom"/>).</summary>
    public static double ChiSquareSurvival(double statistic, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return statistic <= 0 ? 1 : SpecialFunctions.RegularizedGammaQ(degreesOfFreedom / 2, statistic / 2);
    }

    /// <summary>P(X ≥ <paramref name="statistic"/>) for X ~ F(<paramref name="numeratorDf"/>, <paramref name="denominatorDf"/>).</summary>
    public static double FSurvival(double statistic, double numeratorDf, double denominatorDf)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numeratorDf);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominatorDf);
        if (statistic <= 0)
        {
            return 1;
        }

        if (double.IsPositiveInfinity(statistic))
        {
            return 0;
        }

        // P(F > f) = I_{d2 / (d2 + d1 f)}(d2 / 2, d1 / 2).
        double x = denominatorDf / (denominatorDf + (numeratorDf * statistic));
        return SpecialFunctions.RegularizedBeta(x, denominatorDf / 2, numeratorDf / 2);
    }
}
