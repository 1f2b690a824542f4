using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Tests.Statistics;

public class DistributionsTests
{
    // Critical values from standard chi-square tables (upper tail).
    [Theory]
    [InlineData(3.841458820694124, 1, 0.05)]
    [InlineData(6.634896601021214, 1, 0.01)]
    [InlineData(18.307038053275146, 10, 0.05)]
    [InlineData(11.070497693516351, 5, 0.05)]
    [InlineData(124.34211340400407, 100, 0.05)]
    public void Chi_square_critical_values_give_table_p_values(double x, double df, double p) =>
        Assert.Equal(p, Distributions.ChiSquareSurvival(x, df), 1e-8);

    [Fact]
    public void Chi_square_with_two_degrees_of_freedom_is_exponential()
    {
        foreach (double x in new[] { 0.1, 1, 4.6, 30 })
        {
            Assert.Equal(Math.Exp(-x / 2), Distributions.ChiSquareSurvival(x, 2), 1e-13);
        }
    }

    // Critical values from standard F tables (upper tail).
    [Theory]
    [InlineData(161.4476387, 1, 1, 0.05)]
    [InlineData(5.143252849784718, 2, 6, 0.05)]
    [InlineData(2.710889950, 5, 20, 0.05)]
    [InlineData(7.559432, 2, 10, 0.01)]
    public void F_critical_values_give_table_p_values(double f, double d1, double d2, double p) =>
        Assert.Equal(p, Distributions.FSurvival(f, d1, d2), 1e-6);

    [Fact]
    public void F_with_two_numerator_degrees_of_freedom_has_closed_form()
    {
        // P(F > f) = (1 + 2f / d2)^(-d2 / 2) when d1 = 2.
        foreach (var (f, d2) in new[] { (0.5, 3.0), (12.0, 6.0), (3.3, 40.0) })
        {
            Assert.Equal(Math.Pow(1 + (2 * f / d2), -d2 / 2), Distributions.FSurvival(f, 2, d2), 1e-12);
        }
    }

    [Fact]
    public void Non_positive_statistics_have_p_value_one()
    {
        Assert.Equal(1, Distributions.ChiSquareSurvival(0, 3));
        Assert.Equal(1, Distributions.FSurvival(-1, 3, 4));
    }
}
