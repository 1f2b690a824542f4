namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>
/// A categorical input column seen raw, as one category code per customer, for algorithms that
/// compare categories by match/mismatch (k-prototypes) instead of reading one-hot columns as numbers.
/// The code is recovered from the feature plan's one-hot features of the column: code c when level
/// c's feature is 1. A customer whose category was not seen in the fit has no one-hot feature set
/// (the plan only knows the fit's levels) and gets <see cref="UnseenCode"/>, a code no prototype
/// holds: it mismatches every segment on this column, so the other columns decide its segment.
/// </summary>
/// <param name="Column">The input column.</param>
/// <param name="LevelFeatures">The one-hot feature of each level, in code order.</param>
public sealed record CategoricalColumn(string Column, IReadOnlyList<string> LevelFeatures)
{
    /// <summary>The code of a category the fit never saw (one past the last level).</summary>
    public int UnseenCode => LevelFeatures.Count;

    /// <summary>The category code of each row from the one-hot feature columns by name.</summary>
    public double[] Codes(IReadOnlyDictionary<string, double[]> rawColumns, int rows)
    {
        ArgumentNullException.ThrowIfNull(rawColumns);
        var codes = new double[rows];
        Array.Fill(codes, UnseenCode);
        for (int level = LevelFeatures.Count - 1; level >= 0; level--)
        {
            if (!rawColumns.TryGetValue(LevelFeatures[level], out var values) || values.Length != rows)
            {
                throw new ArgumentException($"Feature '{LevelFeatures[level]}' of categorical column '{Column}' is missing or has the wrong length.", nameof(rawColumns));
            }

            for (int i = 0; i < rows; i++)
            {
                if (values[i] >= 0.5)
                {
                    codes[i] = level;
                }
            }
        }

        return codes;
    }
}
