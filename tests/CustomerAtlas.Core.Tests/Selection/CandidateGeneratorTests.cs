using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class CandidateGeneratorTests
{
    private static readonly AlgorithmSpec Quadratic = SelectionTestData.KMeansSpec with { Name = "agglomerative", Growth = CostGrowth.Quadratic };
    private static readonly AlgorithmSpec Density = SelectionTestData.KMeansSpec with { Name = "hdbscan", ChoosesK = true, Variants = ["mcs=5", "mcs=20"], Growth = CostGrowth.Linearithmic };

    [Fact]
    public void Every_combination_appears_once_cheapest_first()
    {
        var candidates = CandidateGenerator.Generate(["zscore", "robust"], [SelectionTestData.KMeansSpec, Quadratic, Density], 2, 5, rows: 1000, cols: 4);
        Assert.Equal(2 * (4 + 4 + 2), candidates.Count);
        Assert.Equal(Enumerable.Range(0, candidates.Count), candidates.Select(c => c.Id));
        Assert.True(candidates.Zip(candidates.Skip(1)).All(p => p.First.EstimatedSeconds <= p.Second.EstimatedSeconds));
        Assert.Equal("kmeans k=2 on zscore", candidates[0].Description);
        Assert.All(candidates.Where(c => c.Algorithm.Name == "hdbscan"), c => Assert.Null(c.K));
        Assert.Equal("agglomerative", candidates[^1].Algorithm.Name);
    }

    [Fact]
    public void K_never_reaches_the_row_count()
    {
        var candidates = CandidateGenerator.Generate(["raw"], [SelectionTestData.KMeansSpec], 2, 15, rows: 5, cols: 2);
        Assert.Equal([2, 3, 4], candidates.Select(c => c.K!.Value));
    }
}
