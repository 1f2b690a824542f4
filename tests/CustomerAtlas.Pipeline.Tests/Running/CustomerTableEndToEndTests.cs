using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Running;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Running;

public sealed class CustomerTableEndToEndTests
{
    [Fact]
    public async Task Customer_personality_segments_every_customer_and_reports_the_response_rate()
    {
        using var temp = new TempDirectory("atlas-tbl-");
        var result = await RunAsync(SharedData.File("customer-personality", "marketing_campaign.csv"), temp.PathOf("run"));
        Assert.Equal(2240, result.Assignments.Count);
        Assert.All(result.Profiles, p => Assert.True(p.OutcomeRates.ContainsKey("Response")));
        Assert.DoesNotContain(result.Model.Preprocessing.Transforms, t => t.Name.StartsWith("Response", StringComparison.Ordinal));
        Assert.Equal(334.0 / 2240, result.Profiles.Sum(p => p.OutcomeRates["Response"] * p.Size) / 2240, 9);
        var scored = await SegmentRun.Load(temp.PathOf("run")).CreateScorer().ScoreFileAsync(SharedData.File("customer-personality", "marketing_campaign.csv"));
        Assert.Equal(result.Assignments.Select(a => a.SegmentId), scored.Select(s => s.SegmentId));
    }

    [Fact]
    public async Task Telco_churn_with_blank_total_charges_segments_all_7043_customers()
    {
        using var temp = new TempDirectory("atlas-tbl-");
        var result = await RunAsync(SharedData.File("telco-churn", "WA_Fn-UseC_-Telco-Customer-Churn.csv"), temp.PathOf("run"), k: 4);
        Assert.Equal(7043, result.Assignments.Count);
        Assert.Equal(4, result.Model.K);
        Assert.Equal("forced", result.Model.Selection.Method);
        Assert.Contains(result.Quality.Issues, i => i.Column == "TotalCharges" && i.Rows == 11);
        Assert.Equal(1869.0 / 7043, result.Profiles.Sum(p => p.OutcomeRates["Churn"] * p.Size) / 7043, 9);
    }

    private static Task<SegmentResult> RunAsync(string path, string outputDirectory, int? k = null) =>
        SegmentPipeline.RunAsync(new SegmentRequest
        {
            Input = new DataSource { Path = path },
            OutputDirectory = outputDirectory,
            Segmentation = new Segmentation.SegmentationOptions { K = k },
        });
}
