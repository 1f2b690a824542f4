using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>Keeps outcome and protected columns out of the clustering features.</summary>
public static class FeatureGuard
{
    /// <summary>
    /// True when <paramref name="feature"/> is one of <paramref name="banned"/> or derived from one
    /// (one-hot "gender=Male", flags "Churn (missing)"), compared case-insensitively.
    /// </summary>
    public static bool IsBanned(string feature, IEnumerable<string> banned)
    {
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(banned);
        return banned.Any(b => feature.Equals(b, StringComparison.OrdinalIgnoreCase)
            || feature.StartsWith(b + "=", StringComparison.OrdinalIgnoreCase)
            || feature.StartsWith(b + " (", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The input's features without outcome and protected columns, and the names removed.</summary>
    public static (Matrix<double> Features, string[] Names, string[] Excluded) WithoutOutcomeColumns(AutoSegmentationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var banned = input.Outcomes.Keys.Concat(input.Protected.Keys).ToArray();
        var keep = Enumerable.Range(0, input.FeatureNames.Count).Where(f => !IsBanned(input.FeatureNames[f], banned)).ToArray();
        var excluded = input.FeatureNames.Where(n => IsBanned(n, banned)).ToArray();
        if (keep.Length == 0)
        {
            throw new ArgumentException("No clustering feature is left once outcome and protected columns are removed.", nameof(input));
        }

        if (excluded.Length == 0)
        {
            return (input.Features, [.. input.FeatureNames], excluded);
        }

        var features = new Matrix<double>(input.Features.Rows, keep.Length);
        for (int i = 0; i < features.Rows; i++)
        {
            for (int j = 0; j < keep.Length; j++)
            {
                features[i, j] = input.Features[i, keep[j]];
            }
        }

        return (features, keep.Select(f => input.FeatureNames[f]).ToArray(), excluded);
    }
}
