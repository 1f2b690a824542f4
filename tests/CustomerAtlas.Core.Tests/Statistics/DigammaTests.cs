using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Tests.Statistics;

public class DigammaTests
{
    private const double EulerGamma = 0.57721566490153286;

    [Theory]
    [InlineData(1.0, -EulerGamma)]
    [InlineData(0.5, -EulerGamma - 1.3862943611198906)] // −γ − 2 ln 2
    [InlineData(2.0, 1 - EulerGamma)]
    [InlineData(10.0, 2.2517525890667211)]
    [InlineData(1e-3, -1000.5755719318103)]
    public void MatchesKnownValues(double x, double expected) =>
        Assert.Equal(expected, SpecialFunctions.Digamma(x), 11);

    [Theory]
    [InlineData(0.3)]
    [InlineData(4.7)]
    [InlineData(123.4)]
    public void SatisfiesRecurrence(double x) =>
        Assert.Equal(SpecialFunctions.Digamma(x) + (1 / x), SpecialFunctions.Digamma(x + 1), 12);

    [Fact]
    public void NonPositiveArgumentIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.Digamma(0));
}
