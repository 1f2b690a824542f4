using System.Text;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>Turns a strftime-style date format into a regular expression plus a re2 replacement giving 'YYYY-MM-DD hh:mm:ss'.</summary>
internal static class StrftimePattern
{
    private static readonly Dictionary<char, (string Regex, int Slot)> Fields = new()
    {
        ['Y'] = ("([0-9]{4})", 0),
        ['m'] = ("([0-9]{2})", 1),
        ['d'] = ("([0-9]{2})", 2),
        ['H'] = ("([0-9]{2})", 3),
        ['M'] = ("([0-9]{2})", 4),
        ['S'] = ("([0-9]{2})", 5),
    };

    private static readonly string[] Defaults = ["", "01", "01", "00", "00", "00"];

    /// <summary>The anchored pattern and the replacement that rearranges its groups.</summary>
    public static (string Pattern, string Replacement) Translate(string format)
    {
        ArgumentException.ThrowIfNullOrEmpty(format);
        var pattern = new StringBuilder("^");
        var slots = new string?[6];
        var group = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%') { AppendLiteral(pattern, c); continue; }
            if (++i == format.Length) throw new ArgumentException($"Date format '{format}' ends with a lone '%'.", nameof(format));
            var f = format[i];
            if (f == '%') { pattern.Append('%'); continue; }
            if (!Fields.TryGetValue(f, out var field))
                throw new NotSupportedException($"Date format '{format}': %{f} is not supported on ClickHouse (supported: %Y %m %d %H %M %S).");
            if (slots[field.Slot] is not null) throw new ArgumentException($"Date format '{format}' repeats %{f}.", nameof(format));
            pattern.Append(field.Regex);
            slots[field.Slot] = "\\" + (++group).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (slots[0] is null) throw new NotSupportedException($"Date format '{format}' has no %Y; ClickHouse parsing needs a four-digit year.");
        pattern.Append('$');
        string Slot(int k) => slots[k] ?? Defaults[k];
        return (pattern.ToString(), $"{Slot(0)}-{Slot(1)}-{Slot(2)} {Slot(3)}:{Slot(4)}:{Slot(5)}");
    }

    private static void AppendLiteral(StringBuilder pattern, char c)
    {
        if (@"\.^$|?*+()[]{}".Contains(c)) pattern.Append('\\');
        pattern.Append(c);
    }
}
