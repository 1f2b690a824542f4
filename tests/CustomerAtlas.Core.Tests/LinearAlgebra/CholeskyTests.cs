using CustomerAtlas.Core.LinearAlgebra;

namespace CustomerAtlas.Core.Tests.LinearAlgebra;

public class CholeskyTests
{
    [Fact]
    public void HandComputed_TwoByTwo()
    {
        // [[4,2],[2,3]] = L Lᵀ with L = [[2,0],[1,√2]]; det = 8.
        var c = Cholesky.Decompose([4, 2, 2, 3], 2);
        Assert.Equal(2, c.Lower[0], 14);
        Assert.Equal(0, c.Lower[1]);
        Assert.Equal(1, c.Lower[2], 14);
        Assert.Equal(Math.Sqrt(2), c.Lower[3], 14);
        Assert.Equal(Math.Log(8), c.LogDeterminant(), 12);

        double[] b = [6, 5];
        c.SolveInPlace(b); // x = (1, 1)
        Assert.Equal(1, b[0], 12);
        Assert.Equal(1, b[1], 12);

        var inv = c.Inverse();
        Assert.Equal(3.0 / 8, inv[0], 12);
        Assert.Equal(-2.0 / 8, inv[1], 12);
        Assert.Equal(4.0 / 8, inv[3], 12);
    }

    [Fact]
    public void NotPositiveDefinite_FailsCleanly()
    {
        Assert.False(Cholesky.TryDecompose([1, 2, 2, 1], 2, out _));
        var ex = Assert.Throws<ArgumentException>(() => Cholesky.Decompose([0, 0, 0, 0], 2));
        Assert.Equal("a", ex.ParamName);
    }
}
