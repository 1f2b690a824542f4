using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>
/// Writes the machine-readable results of the automatic segmentation: <c>leaderboard.json</c>,
/// <c>leaderboard.csv</c>, <c>explanations.json</c> and <c>segment_confidence.csv</c>. Each file is
/// written to a temporary name and renamed, so a failure never leaves a half-written file.
/// </summary>
public static class AutoArtifacts
{
    /// <summary>File names, for reports and tests.</summary>
    public const string LeaderboardJson = "leaderboard.json";

    /// <summary>The leaderboard as CSV.</summary>
    public const string LeaderboardCsv = "leaderboard.csv";

    /// <summary>Validation and explanation of the chosen segments.</summary>
    public const string ExplanationsJson = "explanations.json";

    /// <summary>Per-customer segment and assignment confidence.</summary>
    public const string ConfidenceCsv = "segment_confidence.csv";

    /// <summary>JSON settings: indented, camelCase, enums as text, NaN/Infinity as named literals.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes every artifact into <paramref name="directory"/> (created if missing); returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string directory, AutoSegmentationResult result, IReadOnlyList<string> customerIds)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(customerIds);
        Directory.CreateDirectory(directory);
        var written = new List<string>
        {
            WriteAtomically(Path.Combine(directory, LeaderboardJson), JsonSerializer.Serialize(result.Selection.Leaderboard, Json)),
            WriteAtomically(Path.Combine(directory, LeaderboardCsv), LeaderboardToCsv(result.Selection.Leaderboard)),
            WriteAtomically(Path.Combine(directory, ExplanationsJson), JsonSerializer.Serialize(ExplanationDocument.From(result), Json)),
            WriteAtomically(Path.Combine(directory, ConfidenceCsv), ConfidenceToCsv(result, customerIds)),
        };
        return written;
    }

    /// <summary>The leaderboard as CSV text (invariant culture, header first).</summary>
    public static string LeaderboardToCsv(IReadOnlyList<LeaderboardEntry> leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var text = new StringBuilder();
        text.AppendLine("rank,candidate,preprocessing,algorithm,variant,requested_k,status,k,noise_share,smallest_share,silhouette,calinski_harabasz,davies_bouldin,bic,stability,score,fit_seconds,reason");
        foreach (var e in leaderboard)
        {
            string[] cells =
            [
                Number(e.Rank), Quote(e.Candidate), Quote(e.Preprocessing), Quote(e.Algorithm), Quote(e.Variant), Number(e.RequestedK),
                e.Status.ToString(), Number(e.K), Number(e.NoiseShare), Number(e.SmallestShare), Number(e.Silhouette),
                Number(e.CalinskiHarabasz), Number(e.DaviesBouldin), Number(e.Bic), Number(e.Stability), Number(e.Score),
                Number(e.FitSeconds), Quote(e.Reason ?? string.Empty),
            ];
            text.AppendLine(string.Join(',', cells));
        }

        return text.ToString();
    }

    private static string ConfidenceToCsv(AutoSegmentationResult result, IReadOnlyList<string> customerIds)
    {
        var labels = result.Selection.Labels;
        if (customerIds.Count != labels.Length)
        {
            throw new ArgumentException($"{customerIds.Count} customer ids for {labels.Length} labelled rows.", nameof(customerIds));
        }

        var names = result.Explanation.Segments.Select(s => s.Name).ToArray();
        var text = new StringBuilder("customer_id,segment,segment_name,confidence\n");
        for (int i = 0; i < labels.Length; i++)
        {
            string name = labels[i] >= 0 ? names[labels[i]] : "noise";
            text.Append(Quote(customerIds[i])).Append(',').Append(Number(labels[i])).Append(',')
                .Append(Quote(name)).Append(',').Append(Number(result.Explanation.Confidence[i])).Append('\n');
        }

        return text.ToString();
    }

    private static string WriteAtomically(string path, string content)
    {
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, content, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static string Number(double? value) =>
        value is double v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(int? value) =>
        value is int v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;

    // RFC 4180: quote every text cell, doubling inner quotes.
    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
