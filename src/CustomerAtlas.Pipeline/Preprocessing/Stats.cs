namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>Small descriptive statistics over spans (NaN-free input unless stated).</summary>
public static class Stats
{
    /// <summary>Linear-interpolated quantile (type 7, as numpy's default) of already sorted values.</summary>
    public static double QuantileSorted(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>Median of the non-NaN values (NaN when there are none).</summary>
    public static double Median(ReadOnlySpan<double> values)
    {
        var present = NonMissingSorted(values);
        return QuantileSorted(present, 0.5);
    }

    /// <summary>The non-NaN values, sorted ascending.</summary>
    public static double[] NonMissingSorted(ReadOnlySpan<double> values)
    {
        var list = new List<double>(values.Length);
        foreach (double v in values)
        {
            if (!double.IsNaN(v))
            {
                list.Add(v);
            }
        }

        var array = list.ToArray();
        Array.Sort(array);
        return array;
    }

    /// <summary>Mean and population standard deviation.</summary>
    public static (double Mean, double Std) MeanStd(ReadOnlySpan<double> values)
    {
        double mean = 0;
        foreach (double v in values)
        {
            mean += v;
        }

        mean /= Math.Max(values.Length, 1);
        double ss = 0;
        foreach (double v in values)
        {
            ss += (v - mean) * (v - mean);
        }

        return (mean, Math.Sqrt(ss / Math.Max(values.Length, 1)));
    }

    /// <summary>Sample skewness (Fisher–Pearson, biased); 0 for constant data.</summary>
    public static double Skewness(ReadOnlySpan<double> values)
    {
        var (mean, std) = MeanStd(values);
        if (std == 0)
        {
            return 0;
        }

        double m3 = 0;
        foreach (double v in values)
        {
            double z = (v - mean) / std;
            m3 += z * z * z;
        }

        return m3 / values.Length;
    }

    /// <summary>Pearson correlation of two equally long columns (0 when either is constant).</summary>
    public static double Correlation(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var (ma, sa) = MeanStd(a);
        var (mb, sb) = MeanStd(b);
        if (sa == 0 || sb == 0)
        {
            return 0;
        }

        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += (a[i] - ma) * (b[i] - mb);
        }

        return s / a.Length / (sa * sb);
    }
}
