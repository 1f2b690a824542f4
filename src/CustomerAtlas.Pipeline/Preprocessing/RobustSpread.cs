namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>
/// The spread <see cref="ScalingMethod.Robust"/> divides by: the standard deviation of the values
/// winsorized by count, i.e. with the g = ⌊share · n⌋ smallest values raised to the (g + 1)-th smallest
/// and the g largest lowered to the (g + 1)-th largest.
/// </summary>
/// <remarks>
/// Why not the interquartile range: the IQR only looks at the middle half of the customers, so how
/// much weight a feature gets in the distances depends on where segments sit relative to the
/// quartiles. A 0/1 flag held by 30 % of customers has IQR 1 but one held by 20 % has IQR 0 (a jump
/// of ×4 in weight at 25 %); a segment of 15 % standing apart on a feature is invisible to the IQR,
/// which then magnifies it; two balanced groups push the quartiles apart and shrink the feature.
/// The winsorized standard deviation changes smoothly with the segments' shares and sees all of them,
/// yet a share of extreme customers at each end (1 % by default) cannot inflate it.
/// </remarks>
public static class RobustSpread
{
    /// <summary>
    /// Standard deviation (population) of <paramref name="sorted"/> (ascending, NaN-free) winsorized by
    /// <paramref name="tailShare"/> at each end; 0 when the winsorized values are all equal.
    /// </summary>
    public static double WinsorizedStd(ReadOnlySpan<double> sorted, double tailShare)
    {
        if (!(tailShare >= 0 && tailShare < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(tailShare), tailShare, "must be in [0, 0.5)");
        }

        int n = sorted.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        int g = (int)Math.Floor(tailShare * n);
        double low = sorted[g];
        double high = sorted[n - 1 - g];
        double mean = 0;
        foreach (double v in sorted)
        {
            mean += Math.Clamp(v, low, high);
        }

        mean /= n;
        double ss = 0;
        foreach (double v in sorted)
        {
            double d = Math.Clamp(v, low, high) - mean;
            ss += d * d;
        }

        return Math.Sqrt(ss / n);
    }
}
