using CustomerAtlas.Core.Clustering.KPrototypes;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Automatic;
using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Running;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Automatic;

public sealed class MixedDataTests
{
    [Fact]
    public void Category_codes_come_from_the_level_features_and_unseen_categories_get_their_own_code()
    {
        var column = new CategoricalColumn("plan", ["plan=basic", "plan=pro"]);
        var raw = new Dictionary<string, double[]>
        {
            ["plan=basic"] = [1, 0, 0],
            ["plan=pro"] = [0, 1, 0], // the third customer's plan was not seen in the fit
        };
        Assert.Equal([0.0, 1, 2], column.Codes(raw, 3));
        Assert.Equal(2, column.UnseenCode);
        var ex = Assert.Throws<ArgumentException>(() => column.Codes(new Dictionary<string, double[]> { ["plan=basic"] = [1] }, 1));
        Assert.Contains("plan=pro", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mall_customers_with_a_categorical_column_segment_by_k_prototypes_and_score_unseen_categories()
    {
        using var temp = new TempDirectory("atlas-mixed-");
        string directory = temp.PathOf("run");
        string input = SharedData.File("mall-customers", "Mall_Customers.csv");
        var result = await SegmentPipeline.RunAsync(new SegmentRequest
        {
            Input = new DataSource { Path = input },
            OutputDirectory = directory,
            Automatic = new AutoSegmentationOptions { Algorithm = SegmentAlgorithms.MixedData, K = 4, Budget = TimeSpan.FromSeconds(20) },
        });
        var chosen = result.Automatic!.Selection.Chosen;
        Assert.Equal("kprototypes k=4 on robust+categories", chosen.Description);

        // model.json keeps the categorical column raw: the numeric features, then one code column.
        var run = SegmentRun.Load(directory);
        var genre = Assert.Single(run.Model.Preprocessing.Categorical!);
        Assert.Equal("Genre", genre.Column);
        Assert.DoesNotContain(run.Model.Preprocessing.Transforms, t => t.Name.StartsWith("Genre", StringComparison.Ordinal));
        Assert.IsType<KPrototypesModel>(run.Model.LoadClusterModel());
        var scorer = run.CreateScorer();
        var scored = await scorer.ScoreFileAsync(input);
        Assert.Equal(result.Assignments.Select(a => (a.CustomerId, a.SegmentId)), scored.Select(s => (s.CustomerId, s.SegmentId)));

        // Distances are the k-prototypes dissimilarity, so a customer's own segment is its nearest.
        Assert.All(scored, s => Assert.InRange(s.Confidence, 0, 1));
        Assert.Contains(scored, s => s.Confidence > 0.3);

        // A category the fit never saw mismatches every prototype, so the numbers decide: a new
        // customer shaped like customer 0001 lands where 0001 would land with either known genre
        // when both genres agree, and always in a real segment.
        string[] columns = ["CustomerID", "Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"];
        var rows = new[] { "Male", "Female", "Nonbinary" }.Select(g => new string?[] { "9001", g, "19", "15", "39" }).ToArray();
        var segments = new List<int>();
        foreach (var row in rows)
        {
            segments.Add(Assert.Single(await scorer.ScoreRowsAsync(columns, [row])).SegmentId);
        }

        Assert.InRange(segments[2], 0, 3);
        if (segments[0] == segments[1])
        {
            Assert.Equal(segments[0], segments[2]);
        }
    }

    [Fact]
    public async Task Forcing_k_prototypes_without_categorical_columns_names_the_option()
    {
        using var temp = new TempDirectory("atlas-mixed-");
        string directory = temp.PathOf("run");
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => SegmentPipeline.RunAsync(new SegmentRequest
        {
            Input = new DataSource { Path = SharedData.File("mall-customers", "Mall_Customers.csv") },
            OutputDirectory = directory,
            Overrides = new Data.Schema.SchemaOverrides { Exclude = ["Genre"] },
            Automatic = new AutoSegmentationOptions { Algorithm = SegmentAlgorithms.MixedData, K = 3, Budget = TimeSpan.FromSeconds(5) },
        }));
        Assert.Equal("algorithm", ex.ParamName);
        Assert.False(Directory.Exists(directory));
    }
}
