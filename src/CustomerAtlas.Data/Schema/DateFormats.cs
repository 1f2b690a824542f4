using System.Text.RegularExpressions;

namespace CustomerAtlas.Data.Schema;

/// <summary>The text date formats schema inference tries, most specific first.</summary>
public static partial class DateFormats
{
    /// <summary>strftime formats tried on text columns that look like dates.</summary>
    public static IReadOnlyList<string> Candidates { get; } =
    [
        "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y/%m/%d",
        "%d-%m-%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%m/%d/%Y %H:%M", "%m/%d/%Y", "%d.%m.%Y", "%Y%m%d",
    ];

    /// <summary>Whether a value has the shape of a date (digits separated by - / . or 8 digits).</summary>
    public static bool LooksLikeDate(string value) => DateShape().IsMatch(value.Trim());

    [GeneratedRegex(@"^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?)?|(19|20)\d{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();
}
