using System.Globalization;

namespace CustomerAtlas.Core.Profiling;

/// <summary>
/// Names segments from their drivers, e.g. "High spend, low tenure": the two strongest drivers
/// with a level word (|d| ≥ 1: "very high"/"very low"; otherwise "high"/"low"). The customer
/// features CustomerAtlas computes itself have their own words (<see cref="Words"/>: high
/// recency_days reads "lapsed", low frequency "one-time"), so both the manual and the automatic
/// path name the same drivers the same way; one-hot columns
/// ("contract=month-to-month") read "mostly contract month-to-month" or "few contract month-to-month".
/// A segment without drivers is "Typical customers". Names are made unique by adding the next
/// driver, then a number.
/// </summary>
public static class SegmentNamer
{
    /// <summary>
    /// Words for the transaction-log features of the feature SQL, for a segment above and below the
    /// population: a marketer says "lapsed", not "high recency days".
    /// </summary>
    public static IReadOnlyDictionary<string, (string High, string Low)> Words { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["monetary_total"] = ("high-value", "low-value"),
        ["avg_order_value"] = ("big-ticket", "small-ticket"),
        ["frequency"] = ("frequent", "one-time"),
        ["recency_days"] = ("lapsed", "recent"),
        ["tenure_days"] = ("loyal", "new"),
        ["mean_days_between_orders"] = ("occasional", "regular"),
        ["std_days_between_orders"] = ("irregular", "steady"),
        ["spend_trend_90d"] = ("growing", "declining"),
        ["basket_size"] = ("bulk-buying", "small-basket"),
        ["distinct_products"] = ("broad-range", "narrow-range"),
        ["return_rate"] = ("high-return", "low-return"),
    };

    /// <summary>One name per segment, in segment order.</summary>
    public static string[] Name(IReadOnlyList<IReadOnlyList<SegmentDriver>> drivers)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        var names = new string[drivers.Count];
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int s = 0; s < drivers.Count; s++)
        {
            var d = drivers[s];
            string name = Compose(d, Math.Min(2, d.Count));
            for (int extra = 3; used.Contains(name) && extra <= d.Count; extra++)
            {
                name = Compose(d, extra);
            }

            string baseName = name;
            for (int n = 2; used.Contains(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{baseName} ({n})");
            }

            used.Add(name);
            names[s] = name;
        }

        return names;
    }

    /// <summary>Readable form of a feature name: "recency_days" → "recency days", "MntWines" → "mnt wines".</summary>
    public static string Humanize(string feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var chars = new List<char>(feature.Length + 4);
        for (int i = 0; i < feature.Length; i++)
        {
            char c = feature[i];
            if (c is '_' or '-' or '.')
            {
                chars.Add(' ');
                continue;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLower(feature[i - 1]))
            {
                chars.Add(' ');
            }

            chars.Add(char.ToLowerInvariant(c));
        }

        return string.Join(' ', new string([.. chars]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Compose(IReadOnlyList<SegmentDriver> drivers, int count)
    {
        if (count == 0)
        {
            return "Typical customers";
        }

        var parts = drivers.Take(count).Select(Describe).ToArray();
        string text = string.Join(", ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Describe(SegmentDriver driver)
    {
        if (Words.TryGetValue(driver.Feature, out var words))
        {
            return driver.StandardizedDifference >= 0 ? words.High : words.Low;
        }

        int equals = driver.Feature.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            string attribute = Humanize(driver.Feature[..equals]);
            string value = driver.Feature[(equals + 1)..].Replace('_', ' ').ToLowerInvariant();
            return $"{(driver.StandardizedDifference >= 0 ? "mostly" : "few")} {attribute} {value}";
        }

        return $"{Level(driver.StandardizedDifference)} {Humanize(driver.Feature)}";
    }

    private static string Level(double d) => (Math.Abs(d) >= 1, d >= 0) switch
    {
        (true, true) => "very high",
        (true, false) => "very low",
        (false, true) => "high",
        _ => "low",
    };
}
