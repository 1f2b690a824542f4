namespace CustomerAtlas.Pipeline.Profiling;

/// <summary>
/// Builds a segment's name from its drivers: each driver becomes a word for its direction
/// ("High-value", "Lapsed", "Frequent"), the two strongest form the name, a third is added when
/// two segments would share a name, and a number as the last resort. Names come from the data:
/// a segment's drivers decide its words.
/// </summary>
public static class SegmentNamer
{
    private static readonly Dictionary<string, (string High, string Low)> Words = new(StringComparer.Ordinal)
    {
        ["monetary_total"] = ("High-value", "Low-value"),
        ["avg_order_value"] = ("Big-ticket", "Small-ticket"),
        ["frequency"] = ("Frequent", "One-time"),
        ["recency_days"] = ("Lapsed", "Recent"),
        ["tenure_days"] = ("Loyal", "New"),
        ["mean_days_between_orders"] = ("Occasional", "Regular"),
        ["std_days_between_orders"] = ("Irregular", "Steady"),
        ["spend_trend_90d"] = ("Growing", "Declining"),
        ["basket_size"] = ("Bulk-buying", "Small-basket"),
        ["distinct_products"] = ("Broad-range", "Narrow-range"),
        ["return_rate"] = ("High-return", "Low-return"),
    };

    /// <summary>The word for a feature moving in one direction.</summary>
    public static string Word(string feature, double standardizedDifference)
    {
        bool high = standardizedDifference >= 0;
        if (Words.TryGetValue(feature, out var w))
        {
            return high ? w.High : w.Low;
        }

        int eq = feature.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0)
        {
            string column = feature[..eq].Replace("share ", string.Empty, StringComparison.Ordinal);
            string level = feature[(eq + 1)..];
            return high ? $"{level} {column}" : $"non-{level} {column}";
        }

        return (high ? "High " : "Low ") + feature.Replace(" (days before latest)", " age", StringComparison.Ordinal);
    }

    /// <summary>Unique names for segments given each one's drivers (strongest first).</summary>
    public static string[] Name(IReadOnlyList<IReadOnlyList<FeatureSummary>> drivers)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        var names = new string[drivers.Count];
        var words = drivers.Select(d => d.Select(s => Word(s.Feature, s.StandardizedDifference)).Distinct(StringComparer.Ordinal).ToList()).ToList();
        for (int take = 2; take <= 3; take++)
        {
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = Compose(words[i].Take(take));
            }

            if (names.Distinct(StringComparer.Ordinal).Count() == names.Length)
            {
                return names;
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            int n = seen[names[i]] = seen.GetValueOrDefault(names[i]) + 1;
            if (n > 1)
            {
                names[i] += $" ({n})";
            }
        }

        return names;
    }

    private static string Compose(IEnumerable<string> words)
    {
        var list = words.ToList();
        if (list.Count == 0)
        {
            return "Typical customers";
        }

        string first = char.ToUpperInvariant(list[0][0]) + list[0][1..];
        return string.Join(' ', [first, .. list.Skip(1).Select(w => w.Length > 1 && char.IsUpper(w[0]) && !char.IsUpper(w[1]) ? char.ToLowerInvariant(w[0]) + w[1..] : w)]);
    }
}
