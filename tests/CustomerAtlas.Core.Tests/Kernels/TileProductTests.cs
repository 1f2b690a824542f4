using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Tests.Kernels;

public class TileProductTests
{
    [Fact]
    public void MultiplyMatchesHandComputedProduct()
    {
        // A = [[1, 2], [3, 4], [5, 6]], B = [[1, 0, 2], [0, 1, 3]] → A·B = [[1, 2, 8], [3, 4, 18], [5, 6, 28]].
        double[] a = [1, 2, 3, 4, 5, 6];
        double[] b = [1, 0, 2, 0, 1, 3];
        var c = new double[9];
        TileProduct.Multiply<double>(a, 3, 2, b, 3, c);
        Assert.Equal(new double[] { 1, 2, 8, 3, 4, 18, 5, 6, 28 }, c);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 5, 3)]
    [InlineData(64, 16, 20)]
    [InlineData(13, 32, 33)]
    public void MultiplyAgreesWithNaiveLoopOnEveryShape(int rows, int inner, int columns)
    {
        var rng = new Random(rows + (inner * 100) + (columns * 10_000));
        var a = Enumerable.Range(0, rows * inner).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var b = Enumerable.Range(0, inner * columns).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var c = new double[rows * columns];
        TileProduct.Multiply<double>(a, rows, inner, b, columns, c);
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < columns; k++)
            {
                double expected = 0;
                for (int j = 0; j < inner; j++)
                {
                    expected += a[(r * inner) + j] * b[(j * columns) + k];
                }

                Assert.Equal(expected, c[(r * columns) + k], 1e-12);
            }
        }
    }

    [Fact]
    public void TailColumnsGiveTheSameBitsAsVectorColumns()
    {
        // Column 0 of B repeated in every column: each output row must hold one value, whether a column
        // was computed in a vector lane or in the scalar tail.
        var rng = new Random(5);
        int rows = 9, inner = 23, columns = 11;
        var a = Enumerable.Range(0, rows * inner).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var column = Enumerable.Range(0, inner).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var b = new double[inner * columns];
        for (int j = 0; j < inner; j++)
        {
            Array.Fill(b, column[j], j * columns, columns);
        }

        var c = new double[rows * columns];
        TileProduct.Multiply<double>(a, rows, inner, b, columns, c);
        for (int r = 0; r < rows; r++)
        {
            Assert.All(c.AsSpan(r * columns, columns).ToArray(), v => Assert.Equal(c[r * columns], v));
        }
    }

    [Fact]
    public void AddTransposeTimesAccumulatesATransposeB()
    {
        // A = [[1, 2], [3, 4]], B = [[1, 1], [2, 0]] → AᵀB = [[7, 1], [10, 2]], added to a sum holding 1s.
        double[] a = [1, 2, 3, 4];
        double[] b = [1, 1, 2, 0];
        double[] sum = [1, 1, 1, 1];
        TileProduct.AddTransposeTimes<double>(a, 2, 2, b, 2, sum, new double[4], new double[4]);
        Assert.Equal(new double[] { 8, 2, 11, 3 }, sum);
    }
}
