using System.Text.Json;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Automatic;
using CustomerAtlas.Pipeline.Running;
using Xunit.Abstractions;

namespace CustomerAtlas.Pipeline.Tests.Automatic;

/// <summary><c>atlas segment</c> in automatic mode on the shared customer data sets, end to end.</summary>
public sealed class SharedDataOutcomeTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new("atlas-auto-");

    // The budget is planned work, so the choice is the same on a busy CI machine; the generous time limit
    // keeps the wall clock from ever cutting it short there.
    private static readonly AutoSegmentationOptions Options = new() { Budget = TimeSpan.FromSeconds(10), TimeLimit = TimeSpan.FromMinutes(5), MaxK = 8 };

    [Fact]
    public async Task Telco_segments_differ_significantly_in_churn()
    {
        var result = await RunAsync(
            SharedData.File("telco-churn", "WA_Fn-UseC_-Telco-Customer-Churn.csv"), Options with { ProtectedAttributes = ["gender", "SeniorCitizen"] });
        var auto = result.Automatic!;

        // Churn is label-like: schema inference keeps it (and the protected attributes) out of the features.
        Assert.DoesNotContain(auto.FeatureNames, n => n.StartsWith("Churn", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(auto.FeatureNames, n => n.StartsWith("gender", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(result.Model.Preprocessing.Transforms, t => t.Name.StartsWith("Churn", StringComparison.OrdinalIgnoreCase));
        var churn = Assert.Single(auto.Explanation.Outcomes, o => o.Name == "Churn");
        Assert.True(churn.Report.IsBinary);
        Assert.InRange(churn.Report.PopulationValue, 0.26, 0.27);
        Assert.True(churn.Report.PValue < 1e-6, $"p = {churn.Report.PValue}");
        Assert.True(churn.Report.Segments.Max(s => s.Lift) > 2 * churn.Report.Segments.Min(s => s.Lift));
        Assert.Equal(2, auto.Explanation.Fairness.Count);

        string html = File.ReadAllText(Path.Combine(result.OutputDirectory, "report.html"));
        Assert.Contains("id=\"auto-outcomes\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"auto-fairness\"", html, StringComparison.Ordinal);
        using var explanations = JsonDocument.Parse(File.ReadAllText(Path.Combine(result.OutputDirectory, AutoArtifacts.ExplanationsJson)));
        Assert.Equal(auto.Explanation.Segments.Count, explanations.RootElement.GetProperty("segments").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(result.OutputDirectory, AutoArtifacts.LeaderboardCsv)));
        Assert.Equal(result.Profiles.Select(p => p.Name), auto.Explanation.Segments.Select(s => s.Name));
    }

    [Fact]
    public async Task Customer_personality_reports_response_rate_by_segment()
    {
        var result = await RunAsync(SharedData.File("customer-personality", "marketing_campaign.csv"), Options);
        var auto = result.Automatic!;
        var response = Assert.Single(auto.Explanation.Outcomes, o => o.Name == "Response");
        Assert.True(response.Report.IsBinary);
        Assert.InRange(response.Report.PopulationValue, 0.14, 0.16);
        Assert.True(response.Report.PValue < 0.01, $"p = {response.Report.PValue}");
        Assert.All(auto.Explanation.Segments, s => Assert.Contains("Response rate", auto.Explanation.Narratives[s.Segment], StringComparison.Ordinal));
    }

    private async Task<SegmentResult> RunAsync(string path, AutoSegmentationOptions options)
    {
        var result = await SegmentPipeline.RunAsync(new SegmentRequest
        {
            Input = new DataSource { Path = path },
            OutputDirectory = _temp.PathOf("run"),
            Automatic = options,
        });
        var auto = result.Automatic!;
        output.WriteLine($"chosen {auto.Selection.Chosen.Description} in {auto.Selection.Elapsed.TotalSeconds:F1}s ({auto.Selection.PlannedSeconds:F1}s planned); {auto.Selection.Leaderboard.Count} candidates, {auto.Selection.SkippedCount} skipped");
        Assert.False(auto.Selection.TimeLimitReached);
        foreach (var e in auto.Selection.Leaderboard.Take(10))
        {
            output.WriteLine($"{e.Rank,3} {e.Candidate,-45} {e.Status,-10} k={e.K} sil={e.Silhouette:F3} db={e.DaviesBouldin:F2} stab={e.Stability:F2} score={e.Score:F3} fit={e.FitSeconds:F2}s {e.Reason}");
        }

        foreach (var o in auto.Explanation.Outcomes)
        {
            output.WriteLine($"{o.Name}: population {o.Report.PopulationValue:F3}, p {o.Report.PValue:E2}, lifts {string.Join(" ", o.Report.Segments.Select(s => s.Lift.ToString("F2")))}");
        }

        foreach (var n in auto.Explanation.Narratives)
        {
            output.WriteLine(n);
        }

        return result;
    }

    public void Dispose() => _temp.Dispose();
}
