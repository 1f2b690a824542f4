using CustomerAtlas.Reports.Automatic;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>The automatic segmentation's report sections, for report.html.</summary>
public static class AutomaticReport
{
    /// <summary>HTML sections (leaderboard, k charts, validation, explanations, outcomes, fairness).</summary>
    public static string Sections(AutoSegmentationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return AutoReportSections.Render(new AutoReportContent(result.Selection, result.Consensus, result.Sensitivity, result.Explanation, result.ExcludedColumns));
    }
}
