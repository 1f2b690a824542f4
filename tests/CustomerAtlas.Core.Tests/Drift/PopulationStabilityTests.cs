using CustomerAtlas.Core.Drift;

namespace CustomerAtlas.Core.Tests.Drift;

public class PopulationStabilityTests
{
    [Fact]
    public void Matches_the_hand_computed_index()
    {
        // (0.25 − 0.5) ln(0.25 / 0.5) + (0.75 − 0.5) ln(0.75 / 0.5) = 0.17329 + 0.10137.
        Assert.Equal(0.274653, PopulationStability.Index([0.5, 0.5], [0.25, 0.75]), 6);
        Assert.Equal(0, PopulationStability.Index([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]), 12);
    }

    [Fact]
    public void Is_symmetric_and_finite_with_empty_bins()
    {
        double forward = PopulationStability.Index([0.5, 0.5, 0], [0.4, 0.4, 0.2]);
        Assert.Equal(forward, PopulationStability.Index([0.4, 0.4, 0.2], [0.5, 0.5, 0]), 12);

        // The empty bin counts as 10⁻⁴: (0.2 − 10⁻⁴) ln(0.2 / 10⁻⁴) dominates.
        double expected = (2 * -0.1 * Math.Log(0.8)) + ((0.2 - 1e-4) * Math.Log(0.2 / 1e-4));
        Assert.Equal(expected, forward, 9);
    }

    [Fact]
    public void Rejects_bins_that_do_not_match()
    {
        Assert.Throws<ArgumentException>(() => PopulationStability.Index([0.5, 0.5], [1]));
        Assert.Throws<ArgumentException>(() => PopulationStability.Index([0.5, 0.5], [double.NaN, 1]));
    }
}
