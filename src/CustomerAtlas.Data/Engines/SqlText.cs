using System.Globalization;

namespace CustomerAtlas.Data.Engines;

/// <summary>Spelling helpers shared by the dialects.</summary>
public static class SqlText
{
    /// <summary>Rejects strings holding a NUL character, which no engine accepts inside quotes.</summary>
    public static void EnsureNoNul(string text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(text, parameter);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("SQL identifiers and literals cannot contain a NUL character.", parameter);
        }
    }

    /// <summary>A finite double as a round-trippable invariant literal.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers can be written as SQL literals.");
        }

        string s = value.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('E', StringComparison.Ordinal) || s.Contains('.', StringComparison.Ordinal) ? s : s + ".0";
    }
}
