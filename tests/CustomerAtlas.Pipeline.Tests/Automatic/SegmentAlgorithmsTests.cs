using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Automatic;
using CustomerAtlas.Pipeline.Running;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Automatic;

public class SegmentAlgorithmsTests
{
    [Fact]
    public void Deep_algorithms_can_be_forced_by_name()
    {
        Assert.Contains("idec", SegmentAlgorithms.Names);
        Assert.Contains("kmeans", SegmentAlgorithms.Names);
        Assert.Equal("vae-kmeans", SegmentAlgorithms.Create("vae-kmeans", 100, 1).Name);
        Assert.Equal("gmm", SegmentAlgorithms.Create("gmm", 100, 1).Name);
    }

    [Theory]
    [InlineData(200, 5, false)]
    [InlineData(5_000, 20, true)]
    public void The_search_adds_a_deep_candidate_only_when_the_data_warrants_it(int rows, int features, bool deep) =>
        Assert.Equal(deep, SegmentAlgorithms.Default(rows, features, 1).Any(s => s.Name == "idec"));

    [Fact]
    public void An_unknown_algorithm_names_the_option()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AutoSegmentationOptions { Algorithm = "deepest" }.Validate());
        Assert.Contains("idec", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forced_deep_run_saves_a_model_that_scores_its_own_customers_identically()
    {
        using var temp = new TempDirectory("atlas-deep-");
        string directory = temp.PathOf("run");
        string input = SharedData.File("mall-customers", "Mall_Customers.csv");
        var result = await SegmentPipeline.RunAsync(new SegmentRequest
        {
            Input = new DataSource { Path = input },
            OutputDirectory = directory,
            Automatic = new AutoSegmentationOptions { Algorithm = "idec", K = 4, Budget = TimeSpan.FromSeconds(300), MaxDegreeOfParallelism = 1 },
        });
        Assert.Equal("idec", result.Automatic!.Selection.Chosen.Algorithm.Name);

        var run = SegmentRun.Load(directory);
        Assert.Equal("idec", run.Model.LoadClusterModel().Algorithm);
        var scored = await run.CreateScorer().ScoreFileAsync(input);
        Assert.Equal(result.Assignments.Select(a => (a.CustomerId, a.SegmentId)), scored.Select(s => (s.CustomerId, s.SegmentId)));
    }
}

public sealed class DeepTrainingProgressTests
{
    private sealed class Collect : IProgress<Deep.Torch.TrainingProgress>
    {
        public List<Deep.Torch.TrainingProgress> Reports { get; } = [];

        public void Report(Deep.Torch.TrainingProgress value) => Reports.Add(value);
    }

    [Fact]
    public void A_forced_deep_algorithm_reports_every_epoch_through_the_search_interface()
    {
        var rng = new Random(2);
        var data = new Core.Data.Matrix<double>(80, 3);
        for (int i = 0; i < data.Values.Length; i++)
        {
            data.Values[i] = (i / 3 < 40 ? -2 : 2) + (rng.NextDouble() * 0.5);
        }

        var progress = new Collect();
        var spec = SegmentAlgorithms.Create("vae-kmeans", data.Rows, 1, progress);
        spec.Create(new Core.Selection.AlgorithmSettings(2, string.Empty, 42)).Fit(data);

        Assert.NotEmpty(progress.Reports);
        Assert.All(progress.Reports, r => Assert.InRange(r.Epoch, 1, r.TotalEpochs));
        var first = progress.Reports.First();
        Assert.Equal(1, first.Epoch);
    }
}
