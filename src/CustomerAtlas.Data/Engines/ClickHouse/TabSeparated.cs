using System.Text;

namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>ClickHouse's TabSeparated text format: backslash escapes, \N for NULL.</summary>
internal static class TabSeparated
{
    /// <summary>Splits one line into unescaped fields (null for \N), reusing <paramref name="reuse"/> when the width matches.</summary>
    public static string?[] Split(string line, string?[] reuse)
    {
        var count = 1;
        foreach (var c in line) if (c == '\t') count++;
        var fields = reuse.Length == count ? reuse : new string?[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = line.IndexOf('\t', start);
            if (end < 0) end = line.Length;
            var raw = line.AsSpan(start, end - start);
            fields[i] = raw is @"\N" ? null : Unescape(raw);
            start = end + 1;
        }
        return fields;
    }

    /// <summary>Undoes TabSeparated escaping.</summary>
    public static string Unescape(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('\\') < 0) return raw.ToString();
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 == raw.Length) { sb.Append(c); continue; }
            var n = raw[++i];
            sb.Append(n switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => '\0',
                'b' => '\b',
                'f' => '\f',
                _ => n,
            });
        }
        return sb.ToString();
    }
}
