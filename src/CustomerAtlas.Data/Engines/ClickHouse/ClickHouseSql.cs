using System.Globalization;
using System.Text;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// Quoting for SQL text sent to ClickHouse 18.16, which has no query parameters: every identifier and
/// value that comes from users or files goes through here, so a name with quotes cannot end the literal.
/// </summary>
public static class ClickHouseSql
{
    /// <summary>Quotes an identifier in backticks, escaping backslashes and backticks.</summary>
    public static string Identifier(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Contains('\0'))
            throw new ArgumentException("Identifier must not contain a NUL character.", nameof(name));
        return "`" + Escape(name, '`') + "`";
    }

    /// <summary>Quotes a string literal in single quotes, escaping backslashes, quotes and control characters.</summary>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + Escape(value, '\'') + "'";
    }

    /// <summary>A Float64 literal that reads back to exactly the same double (round-trip format, invariant culture).</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        // A bare "-3" would be an integer literal; keep every literal Float64 so arithmetic never changes type.
        return text.AsSpan().IndexOfAny('.', 'E') >= 0 ? text : text + ".0";
    }

    /// <summary>An integer literal.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string value, char quote)
    {
        var sb = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\0': sb.Append(@"\0"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (c == quote) sb.Append('\\').Append(c);
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
