using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>
/// Writes the machine-readable results of the automatic segmentation: <c>leaderboard.json</c>,
/// <c>leaderboard.csv</c> and <c>explanations.json</c> (per-customer confidence is in segments.csv). Each file is
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

    /// <summary>Writes every artifact into <paramref name="directory"/> (created if missing); returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string directory, AutoSegmentationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        var written = new List<string>
        {
            WriteAtomically(Path.Combine(directory, LeaderboardJson), JsonSerializer.Serialize(result.Selection.Leaderboard, RunJson.Options)),
            WriteAtomically(Path.Combine(directory, LeaderboardCsv), LeaderboardToCsv(result.Selection.Leaderboard)),
            WriteAtomically(Path.Combine(directory, ExplanationsJson), JsonSerializer.Serialize(ExplanationDocument.From(result), RunJson.Options)),
        };
        return written;
    }

    /// <summary>The leaderboard as CSV text (invariant culture, header first).</summary>
    public static string LeaderboardToCsv(IReadOnlyList<LeaderboardEntry> leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var text = new StringBuilder();
        text.AppendLine("rank,candidate,preprocessing,algorithm,variant,requested_k,status,k,noise_share,smallest_share,silhouette,calinski_harabasz,davies_bouldin,bic,stability,score,fit_seconds,gap_ratio,neighbour_modularity,neighbour_cut_ratio,valley_ratio,reason");
        foreach (var e in leaderboard)
        {
            string[] cells =
            [
                Number(e.Rank), Quote(e.Candidate), Quote(e.Preprocessing), Quote(e.Algorithm), Quote(e.Variant), Number(e.RequestedK),
                e.Status.ToString(), Number(e.K), Number(e.NoiseShare), Number(e.SmallestShare), Number(e.Silhouette),
                Number(e.CalinskiHarabasz), Number(e.DaviesBouldin), Number(e.Bic), Number(e.Stability), Number(e.Score),
                Number(e.FitSeconds), Number(e.GapRatio), Number(e.NeighbourModularity), Number(e.NeighbourCutRatio), Number(e.ValleyRatio), Quote(e.Reason ?? string.Empty),
            ];
            text.AppendLine(string.Join(',', cells));
        }

        return text.ToString();
    }

    private static string WriteAtomically(string path, string content)
    {
        AtomicFile.Write(path, temporary => File.WriteAllText(temporary, content, new UTF8Encoding(false)));
        return path;
    }

    private static string Number(double? value) =>
        value is double v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(int? value) =>
        value is int v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;

    // RFC 4180: quote every text cell, doubling inner quotes.
    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
