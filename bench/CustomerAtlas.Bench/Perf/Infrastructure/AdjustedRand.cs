namespace CustomerAtlas.Bench.Perf;

/// <summary>Adjusted Rand index of two labellings (the bench's agreement figure; pair counting via a contingency table).</summary>
public static class AdjustedRand
{
    /// <summary>ARI of <paramref name="a"/> and <paramref name="b"/> (labels are small non-negative ints).</summary>
    public static double Score(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int ka = Max(a) + 1;
        int kb = Max(b) + 1;
        var table = new long[ka * kb];
        var rows = new long[ka];
        var cols = new long[kb];
        for (int i = 0; i < a.Length; i++)
        {
            table[(a[i] * kb) + b[i]]++;
            rows[a[i]]++;
            cols[b[i]]++;
        }

        double index = table.Sum(Pairs);
        double sumRows = rows.Sum(Pairs);
        double sumCols = cols.Sum(Pairs);
        double expected = sumRows * sumCols / Pairs(a.Length);
        double max = (sumRows + sumCols) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double Pairs(long n) => n * (n - 1) / 2.0;

    private static int Max(ReadOnlySpan<int> labels)
    {
        int max = 0;
        foreach (int l in labels)
        {
            max = Math.Max(max, l);
        }

        return max;
    }
}
