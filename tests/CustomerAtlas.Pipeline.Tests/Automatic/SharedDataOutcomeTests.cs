using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Schema;
using CustomerAtlas.Pipeline.Automatic;
using Xunit.Abstractions;

namespace CustomerAtlas.Pipeline.Tests.Automatic;

public sealed class SharedDataOutcomeTests(ITestOutputHelper output)
{
    private static readonly AutoSegmentationOptions Options = new() { Budget = TimeSpan.FromSeconds(10), MaxK = 8 };

    [Fact]
    public async Task Telco_segments_differ_significantly_in_churn()
    {
        var (input, result) = await RunAsync(SharedData.File("telco-churn", "WA_Fn-UseC_-Telco-Customer-Churn.csv"), ["gender", "SeniorCitizen"]);
        Assert.DoesNotContain(input.FeatureNames, n => n.StartsWith("Churn", StringComparison.Ordinal));
        Assert.DoesNotContain(input.FeatureNames, n => n.StartsWith("gender", StringComparison.Ordinal));
        var churn = Assert.Single(result.Explanation.Outcomes, o => o.Name == "Churn");
        Assert.True(churn.Report.IsBinary);
        Assert.InRange(churn.Report.PopulationValue, 0.26, 0.27);
        Assert.True(churn.Report.PValue < 1e-6, $"p = {churn.Report.PValue}");
        Assert.True(churn.Report.Segments.Max(s => s.Lift) > 2 * churn.Report.Segments.Min(s => s.Lift));
        Assert.Equal(2, result.Explanation.Fairness.Count);
    }

    [Fact]
    public async Task Customer_personality_reports_response_rate_by_segment()
    {
        var (_, result) = await RunAsync(SharedData.File("customer-personality", "marketing_campaign.csv"), []);
        var response = Assert.Single(result.Explanation.Outcomes, o => o.Name == "Response");
        Assert.True(response.Report.IsBinary);
        Assert.InRange(response.Report.PopulationValue, 0.14, 0.16);
        Assert.True(response.Report.PValue < 0.01, $"p = {response.Report.PValue}");
        Assert.All(result.Explanation.Segments, s => Assert.Contains("Response rate", result.Explanation.Narratives[s.Segment], StringComparison.Ordinal));
    }

    private async Task<(AutoSegmentationInput Input, AutoSegmentationResult Result)> RunAsync(string path, string[] protectedColumns)
    {
        await using var engine = new DuckDbEngine();
        var data = await CustomerDataLoader.FitAsync(engine, new DataSource { Path = path }, new SchemaOverrides { Outcomes = protectedColumns });
        var input = AutoInputs.From(data, protectedColumns);
        var result = new AutoSegmenter(Options).Run(input);
        output.WriteLine($"chosen {result.Selection.Chosen.Description} in {result.Selection.Elapsed.TotalSeconds:F1}s");
        foreach (var o in result.Explanation.Outcomes)
        {
            output.WriteLine($"{o.Name}: population {o.Report.PopulationValue:F3}, p {o.Report.PValue:E2}, lifts {string.Join(" ", o.Report.Segments.Select(s => s.Lift.ToString("F2")))}");
        }

        foreach (var e in result.Selection.Leaderboard.Take(12))
        {
            output.WriteLine($"{e.Rank,3} {e.Candidate,-45} {e.Status,-10} k={e.K} sil={e.Silhouette:F3} ch={e.CalinskiHarabasz:F0} db={e.DaviesBouldin:F2} stab={e.Stability:F2} score={e.Score:F3} fit={e.FitSeconds:F2}s {e.Reason}");
        }

        output.WriteLine($"{result.Selection.Leaderboard.Count} candidates, {result.Selection.SkippedCount} skipped");
        foreach (var n in result.Explanation.Narratives)
        {
            output.WriteLine(n);
        }

        return (input, result);
    }
}
