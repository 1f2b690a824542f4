using System.Text;

namespace CustomerAtlas.Data.Schema;

/// <summary>Splits column names into lower-case words ("CustomerID" → customer, id; "unit_price" → unit, price).</summary>
public static class ColumnNames
{
    /// <summary>The words of a column name.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char ch = name[i];
            bool boundary = !char.IsLetterOrDigit(ch)
                || (char.IsUpper(ch) && i > 0 && char.IsLower(name[i - 1]))
                || (char.IsUpper(ch) && i > 0 && i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1]));
            if (boundary && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Whether any word of <paramref name="name"/> is one of <paramref name="vocabulary"/>.</summary>
    public static bool HasWord(string name, params string[] vocabulary) =>
        Words(name).Any(w => vocabulary.Contains(w, StringComparer.Ordinal));

    /// <summary>The name with separators removed, lower case ("Customer_ID" → "customerid").</summary>
    public static string Compact(string name) => string.Concat(Words(name));
}
