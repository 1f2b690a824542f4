using System.Globalization;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>
/// Turns an outcome column read as text into numbers: numeric text as is; two-valued text as 0/1,
/// where 1 is the value that reads as positive (yes, true, y, 1, churned, responded, positive) or,
/// when neither does, the rarer value (an outcome usually marks the minority). Blank = unknown (NaN).
/// </summary>
public static class OutcomeValues
{
    private static readonly string[] PositiveWords = ["yes", "true", "y", "1", "churned", "responded", "positive"];

    /// <summary>The numeric outcome of <paramref name="values"/>, or an <see cref="ArgumentException"/> naming <paramref name="name"/>.</summary>
    public static double[] Parse(string name, IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var known = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
        if (known.Length == 0)
        {
            throw new ArgumentException($"Outcome '{name}' has no values.", nameof(values));
        }

        if (known.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            return values.Select(v => string.IsNullOrWhiteSpace(v) ? double.NaN : double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        }

        var distinct = known.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
        if (distinct.Length != 2)
        {
            throw new ArgumentException(
                $"Outcome '{name}' is text with {distinct.Length} distinct values; an outcome must be numeric or have exactly two values.", nameof(values));
        }

        string positive = distinct.FirstOrDefault(g => PositiveWords.Contains(g.Key.ToLowerInvariant()))?.Key ?? distinct[0].Key;
        return values.Select(v => string.IsNullOrWhiteSpace(v) ? double.NaN
            : string.Equals(v.Trim(), positive, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0).ToArray();
    }
}
