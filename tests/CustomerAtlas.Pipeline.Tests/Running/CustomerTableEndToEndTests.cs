using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Running;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Running;

public sealed class CustomerTableEndToEndTests
{
    [Fact]
    public async Task Customer_personality_segments_every_customer_and_reports_the_response_rate()
    {
        var (result, dir) = await RunAsync(SharedData.File("customer-personality", "marketing_campaign.csv"));
        try
        {
            Assert.Equal(2240, result.Assignments.Count);
            Assert.All(result.Profiles, p => Assert.True(p.OutcomeRates.ContainsKey("Response")));
            Assert.DoesNotContain(result.Model.Preprocessing.Transforms, t => t.Name.StartsWith("Response", StringComparison.Ordinal));
            Assert.Equal(334.0 / 2240, result.Profiles.Sum(p => p.OutcomeRates["Response"] * p.Size) / 2240, 9);
            var scored = await SegmentRun.Load(dir).CreateScorer().ScoreFileAsync(SharedData.File("customer-personality", "marketing_campaign.csv"));
            Assert.Equal(result.Assignments.Select(a => a.SegmentId), scored.Select(s => s.SegmentId));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Telco_churn_with_blank_total_charges_segments_all_7043_customers()
    {
        var (result, dir) = await RunAsync(SharedData.File("telco-churn", "WA_Fn-UseC_-Telco-Customer-Churn.csv"), k: 4);
        try
        {
            Assert.Equal(7043, result.Assignments.Count);
            Assert.Equal(4, result.Model.K);
            Assert.Equal("forced", result.Model.Selection.Method);
            Assert.Contains(result.Quality.Issues, i => i.Column == "TotalCharges" && i.Rows == 11);
            Assert.Equal(1869.0 / 7043, result.Profiles.Sum(p => p.OutcomeRates["Churn"] * p.Size) / 7043, 9);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<(SegmentResult Result, string Dir)> RunAsync(string path, int? k = null)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"atlas-tbl-{Guid.NewGuid():N}");
        var result = await SegmentPipeline.RunAsync(new SegmentRequest
        {
            Input = new DataSource { Path = path },
            OutputDirectory = dir,
            Segmentation = new Segmentation.SegmentationOptions { K = k },
        });
        return (result, dir);
    }
}
