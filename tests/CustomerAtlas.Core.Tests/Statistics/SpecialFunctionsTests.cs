using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Tests.Statistics;

public class SpecialFunctionsTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 3.1780538303479458)] // ln 24
    [InlineData(0.5, 0.57236494292470008)] // ln √π
    [InlineData(10.5, 13.940625219403763)]
    [InlineData(171, 706.57306224578736)] // ln 170!
    public void LogGamma_matches_known_values(double x, double expected) =>
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 1e-10);

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(3, 2.0)]
    [InlineData(7, 4.5)]
    [InlineData(20, 25.0)]
    [InlineData(40, 12.0)]
    public void Integer_shape_gamma_matches_the_poisson_sum(int n, double x)
    {
        // Q(n, x) = e^-x Σ_{k<n} x^k / k! for integer n.
        double term = Math.Exp(-x);
        double sum = 0;
        for (int k = 0; k < n; k++)
        {
            sum += term;
            term *= x / (k + 1);
        }

        Assert.Equal(sum, SpecialFunctions.RegularizedGammaQ(n, x), 1e-12);
        Assert.Equal(1 - sum, SpecialFunctions.RegularizedGammaP(n, x), 1e-12);
    }

    [Theory]
    [InlineData(0.3, 2.5, 1)]
    [InlineData(0.7, 1, 4)]
    [InlineData(0.5, 6, 6)]
    [InlineData(0.01, 50, 3)]
    [InlineData(0.99, 0.5, 0.5)]
    public void Regularized_beta_satisfies_closed_forms_and_symmetry(double x, double a, double b)
    {
        double value = SpecialFunctions.RegularizedBeta(x, a, b);
        Assert.Equal(1 - SpecialFunctions.RegularizedBeta(1 - x, b, a), value, 1e-12);
        if (b == 1)
        {
            Assert.Equal(Math.Pow(x, a), value, 1e-12);
        }

        if (a == 1)
        {
            Assert.Equal(1 - Math.Pow(1 - x, b), value, 1e-12);
        }

        if (a == b && x == 0.5)
        {
            Assert.Equal(0.5, value, 1e-12);
        }
    }

    [Fact]
    public void Arcsine_distribution_matches_closed_form()
    {
        // I_x(1/2, 1/2) = (2/π) asin(√x).
        foreach (double x in new[] { 0.05, 0.3, 0.62, 0.97 })
        {
            Assert.Equal(2 / Math.PI * Math.Asin(Math.Sqrt(x)), SpecialFunctions.RegularizedBeta(x, 0.5, 0.5), 1e-12);
        }
    }

    [Fact]
    public void Out_of_domain_arguments_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.LogGamma(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.RegularizedGammaP(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.RegularizedGammaQ(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.RegularizedBeta(1.5, 1, 1));
    }
}
