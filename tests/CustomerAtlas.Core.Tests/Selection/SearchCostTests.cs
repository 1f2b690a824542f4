using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class SearchCostTests
{
    private static readonly AlgorithmSpec Linear = SelectionTestData.KMeansSpec;
    private static readonly AlgorithmSpec Quadratic = Linear with { Name = "agglomerative", Growth = CostGrowth.Quadratic };

    [Fact]
    public void Fit_is_the_growth_term_times_the_factor_in_reference_seconds()
    {
        // k-means (factor 1): 1 000 rows × k = 4 × 5 columns = 20 000 units.
        Assert.Equal(20_000 * SearchCost.SecondsPerUnit, SearchCost.Fit(Linear, 1_000, 5, 4), 15);
        Assert.Equal(3 * 20_000 * SearchCost.SecondsPerUnit, SearchCost.Fit(Linear with { CostFactor = 3 }, 1_000, 5, 4), 15);

        // Quadratic: 1 000² × 5 columns, whatever k.
        Assert.Equal(5e6 * SearchCost.SecondsPerUnit, SearchCost.Fit(Quadratic, 1_000, 5, 9), 15);

        // n log₂ n: 1 024 × 10 × 2 columns.
        var tree = Linear with { Growth = CostGrowth.Linearithmic };
        Assert.Equal(20_480 * SearchCost.SecondsPerUnit, SearchCost.Fit(tree, 1_024, 2, 7), 15);
    }

    [Fact]
    public void A_row_cap_fits_a_sample_and_labels_the_rest()
    {
        var capped = Quadratic with { MaxFitRows = 500 };
        Assert.True(SearchCost.Fit(capped, 100_000, 5, 3) < SearchCost.Fit(Quadratic, 100_000, 5, 3));
        Assert.Equal(SearchCost.Fit(capped, 400, 5, 3), SearchCost.Fit(Quadratic, 400, 5, 3));

        // 500² × 5 for the fit plus 100 000 × k = 3 × 5 for labelling every row, one nearest-centre pass at a quarter of a fit unit.
        Assert.Equal((1_250_000 + (1_500_000 * 0.25)) * SearchCost.SecondsPerUnit, SearchCost.Fit(capped, 100_000, 5, 3), 15);
    }

    [Fact]
    public void Measuring_is_quadratic_in_the_evaluation_rows()
    {
        Assert.Equal(3_000.0 * 3_000 * 10 * SearchCost.MeasureSecondsPerUnit, SearchCost.Measure(3_000, 10), 15);
        Assert.Equal(4 * SearchCost.Measure(1_000, 3), SearchCost.Measure(2_000, 3), 15);
    }

    [Fact]
    public void Stability_is_a_reference_fit_and_one_fit_per_resample()
    {
        double expected = SearchCost.Fit(Linear, 1_000, 4, 6) + (5 * SearchCost.Fit(Linear, 800, 4, 6));
        Assert.Equal(expected, SearchCost.Stability(Linear, 1_000, 4, 6, resamples: 5, fraction: 0.8), 15);
    }
}
