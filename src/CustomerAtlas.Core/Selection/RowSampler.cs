namespace CustomerAtlas.Core.Selection;

/// <summary>Seeded row samples without replacement.</summary>
public static class RowSampler
{
    /// <summary>
    /// <paramref name="count"/> distinct row indices of 0..<paramref name="rows"/>−1 in increasing
    /// order (all rows when count ≥ rows), drawn with <paramref name="random"/>.
    /// </summary>
    public static int[] Sample(int rows, int count, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(random);
        if (count >= rows)
        {
            return Enumerable.Range(0, rows).ToArray();
        }

        // Partial Fisher–Yates: the first `count` slots end up a uniform sample.
        var all = Enumerable.Range(0, rows).ToArray();
        for (int i = 0; i < count; i++)
        {
            int j = random.Next(i, rows);
            (all[i], all[j]) = (all[j], all[i]);
        }

        var sample = all[..count];
        Array.Sort(sample);
        return sample;
    }
}
