namespace CustomerAtlas.Bench.Perf;

/// <summary>
/// Adjusted Rand index of labels against a reference file streamed in chunks, so the reference
/// never counts in a case's peak RSS (in-memory labellings use Core.Metrics.AdjustedRandIndex).
/// </summary>
public static class AdjustedRand
{
    /// <summary>ARI of the int32 labels in <paramref name="truthPath"/> against <paramref name="labels"/>, streaming the file in chunks.</summary>
    public static double ScoreAgainstFile(string truthPath, ReadOnlySpan<int> labels)
    {
        var table = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var cols = new Dictionary<int, long>();
        var buffer = new int[1 << 16];
        using var stream = File.OpenRead(truthPath);
        int at = 0;
        while (at < labels.Length)
        {
            int want = Math.Min(buffer.Length, labels.Length - at);
            stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan(0, want)));
            for (int i = 0; i < want; i++)
            {
                int a = buffer[i];
                int b = labels[at + i];
                table[(a, b)] = table.GetValueOrDefault((a, b)) + 1;
                rows[a] = rows.GetValueOrDefault(a) + 1;
                cols[b] = cols.GetValueOrDefault(b) + 1;
            }

            at += want;
        }

        return FromCounts(table.Values.Sum(Pairs), rows.Values.Sum(Pairs), cols.Values.Sum(Pairs), labels.Length);
    }

    private static double FromCounts(double index, double sumRows, double sumCols, long n)
    {
        double expected = sumRows * sumCols / Pairs(n);
        double max = (sumRows + sumCols) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double Pairs(long n) => n * (n - 1) / 2.0;
}
