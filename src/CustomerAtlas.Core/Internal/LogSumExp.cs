namespace CustomerAtlas.Core.Internal;

/// <summary>log Σ exp(v_i) without overflow or underflow: the largest term is factored out.</summary>
public static class LogSumExp
{
    /// <summary>log Σ exp(values); −∞ for an empty span or when every value is −∞.</summary>
    public static double Compute(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (double v in values)
        {
            max = Math.Max(max, v);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        double sum = 0;
        foreach (double v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }
}
