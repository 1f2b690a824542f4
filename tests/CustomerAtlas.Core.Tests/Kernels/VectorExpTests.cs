using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Tests.Kernels;

public class VectorExpTests
{
    [Fact]
    public void AgreesWithMathExpAcrossTheRange()
    {
        var values = Enumerable.Range(0, 2001).Select(i => -700 + (i * 0.7005)).Concat([0, 1, -1, 1e-300, 0.5 * Math.Log(2)]).ToArray();
        var result = new double[values.Length];
        double sum = VectorExp.ExpOfDifferences(values, 0, result);
        for (int i = 0; i < values.Length; i++)
        {
            double expected = Math.Exp(values[i]);
            Assert.True(Math.Abs(result[i] - expected) <= 4e-16 * expected, $"exp({values[i]}) = {result[i]}, expected {expected}");
        }

        Assert.Equal(result.Sum(), sum, 1e-12 * sum);
    }

    [Fact]
    public void HandCases()
    {
        // exp(v − 2) for v = 2, 3, 2 − ln 2, −∞ and a value far below: 1, e, ½, 0, 0.
        double[] values = [2, 3, 2 - Math.Log(2), double.NegativeInfinity, -1000];
        var result = new double[values.Length];
        double sum = VectorExp.ExpOfDifferences(values, 2, result);
        Assert.Equal(1, result[0], 1e-15);
        Assert.Equal(Math.E, result[1], 1e-15);
        Assert.Equal(0.5, result[2], 1e-15);
        Assert.Equal(0, result[3]);
        Assert.Equal(0, result[4]);
        Assert.Equal(1 + Math.E + 0.5, sum, 1e-14);
    }

    [Fact]
    public void OverflowGivesInfinity()
    {
        var result = new double[8];
        VectorExp.ExpOfDifferences([800, 800, 800, 800, 800, 800, 800, 800], 0, result);
        Assert.All(result, v => Assert.Equal(double.PositiveInfinity, v));
    }
}
