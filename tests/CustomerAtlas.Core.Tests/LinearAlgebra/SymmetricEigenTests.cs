using CustomerAtlas.Core.LinearAlgebra;

namespace CustomerAtlas.Core.Tests.LinearAlgebra;

public class SymmetricEigenTests
{
    [Fact]
    public void TwoByTwo_HandComputed()
    {
        // [[2,1],[1,2]] has eigenvalues 3 (vector (1,1)/√2) and 1 (vector (1,−1)/√2).
        var e = SymmetricEigen.Decompose([2, 1, 1, 2], 2);
        Assert.Equal(3, e.Values[0], 12);
        Assert.Equal(1, e.Values[1], 12);
        double r = 1 / Math.Sqrt(2);
        Assert.Equal(r, e.Vector(0)[0], 12);
        Assert.Equal(r, e.Vector(0)[1], 12);
        Assert.Equal(1, Math.Abs(e.Vector(1)[0] / r), 12);
        Assert.Equal(-e.Vector(1)[0], e.Vector(1)[1], 12);
    }

    [Fact]
    public void Diagonal_IsSortedDescending()
    {
        var e = SymmetricEigen.Decompose([1, 0, 0, 0, 5, 0, 0, 0, 3], 3);
        Assert.Equal([5.0, 3.0, 1.0], e.Values);
        Assert.Equal([0.0, 1.0, 0.0], e.Vector(0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(17)]
    public void RandomSymmetric_ReconstructsAndIsOrthonormal(int n)
    {
        var rng = new Random(n);
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                a[(i * n) + j] = a[(j * n) + i] = (rng.NextDouble() * 2) - 1;
            }
        }

        var e = SymmetricEigen.Decompose(a, n);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double recon = 0;
                double dot = 0;
                for (int k = 0; k < n; k++)
                {
                    recon += e.Vectors[(i * n) + k] * e.Values[k] * e.Vectors[(j * n) + k];
                    dot += e.Vectors[(k * n) + i] * e.Vectors[(k * n) + j];
                }

                Assert.Equal(a[(i * n) + j], recon, 10);
                Assert.Equal(i == j ? 1 : 0, dot, 10);
            }
        }

        for (int k = 1; k < n; k++)
        {
            Assert.True(e.Values[k - 1] >= e.Values[k]);
        }
    }

    [Fact]
    public void NonSymmetric_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => SymmetricEigen.Decompose([1, 2, 3, 4], 2));
        Assert.Equal("a", ex.ParamName);
    }

    [Fact]
    public void NaN_Throws()
    {
        Assert.Throws<ArgumentException>(() => SymmetricEigen.Decompose([1, double.NaN, double.NaN, 4], 2));
    }
}
