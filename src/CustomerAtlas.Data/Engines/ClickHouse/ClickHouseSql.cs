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
        SqlText.EnsureNoNul(name, nameof(name));
        return "`" + Escape(name, '`') + "`";
    }

    /// <summary>Quotes a string literal in single quotes, escaping backslashes, quotes and control characters.</summary>
    public static string String(string value)
    {
        SqlText.EnsureNoNul(value, nameof(value));
        return "'" + Escape(value, '\'') + "'";
    }

    private static string Escape(string value, char quote)
    {
        var sb = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
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
