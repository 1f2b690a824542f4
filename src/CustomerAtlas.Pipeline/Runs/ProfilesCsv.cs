using System.Globalization;
using CustomerAtlas.Pipeline.Profiling;
using CustomerAtlas.Reports.Exports;

namespace CustomerAtlas.Pipeline.Runs;

/// <summary>Writes profiles.csv: one row per segment × original feature.</summary>
public static class ProfilesCsv
{
    /// <summary>Writes the file.</summary>
    public static void Write(string path, IReadOnlyList<SegmentProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        using var csv = new CsvWriter(path);
        csv.WriteRow(["segment_id", "segment_name", "size", "share", "revenue_share", "feature", "mean", "median", "overall_mean", "standardized_difference", "is_driver"]);
        foreach (var p in profiles)
        {
            var drivers = p.Drivers.Select(d => d.Feature).ToHashSet(StringComparer.Ordinal);
            foreach (var f in p.Features)
            {
                csv.WriteRow([
                    N(p.Id), p.Name, N(p.Size), N(p.Share), p.RevenueShare is double r ? N(r) : null, f.Feature,
                    N(f.Mean), N(f.Median), N(f.OverallMean), N(f.StandardizedDifference), drivers.Contains(f.Feature) ? "true" : "false"]);
            }
        }
    }

    // Missing values (NaN, no revenue column) are written as empty fields.
    private static string? N(double v) => double.IsNaN(v) ? null : v.ToString("R", CultureInfo.InvariantCulture);
}
