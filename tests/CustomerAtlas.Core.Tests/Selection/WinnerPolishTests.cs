using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

/// <summary>A k-means winner fitted on a sample is refined on every row before the search returns it.</summary>
public class WinnerPolishTests
{
    [Fact]
    public void A_sampled_k_means_winner_ends_fitted_on_every_row()
    {
        var (data, _) = SelectionTestData.Blobs(3, 400, seed: 4, spread: 0.6);
        var sampled = AlgorithmCatalog.KMeans() with { MaxFitRows = 150 };
        var options = new SelectionOptions { MaxK = 4, StabilityResamples = 3, ConsensusMembers = 0 };
        var result = new AutomaticSearch(ValidityHooks.Default, options).Run([new PreparedData("raw", data)], data, [sampled]);

        var model = Assert.IsType<KMeansModel>(result.Model);
        Assert.Equal(data.Rows, model.Labels.Length);
        Assert.Equal(model.Labels, result.Labels);
        Assert.Equal(model.Predict(data), result.Labels);

        // The same search again: the polish is deterministic.
        var again = new AutomaticSearch(ValidityHooks.Default, options).Run([new PreparedData("raw", data)], data, [sampled]);
        Assert.Equal(result.Labels, again.Labels);
    }
}
