using CustomerAtlas.Core.LinearAlgebra;

namespace CustomerAtlas.Core.Tests.LinearAlgebra;

public class ThinQrTests
{
    [Fact]
    public void OrthonormalizesAHandComputedPair()
    {
        // Columns (3, 4, 0) and (1, 0, 1): q1 = (0.6, 0.8, 0); the second minus its projection 0.6·q1 is
        // (0.64, −0.48, 1), of norm √1.64.
        double[] a = [3, 1, 4, 0, 0, 1];
        int rank = ThinQr.OrthonormalizeColumns(a, 3, 2);
        Assert.Equal(2, rank);
        double n2 = Math.Sqrt(1.64);
        double[] expected = [0.6, 0.64 / n2, 0.8, -0.48 / n2, 0, 1 / n2];
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(expected[i], a[i], 1e-14);
        }
    }

    [Fact]
    public void DependentColumnsBecomeZeroAndAreNotCounted()
    {
        var rng = new Random(3);
        int rows = 5000, cols = 6;
        var a = new double[rows * cols];
        for (int i = 0; i < rows; i++)
        {
            double x = rng.NextDouble(), y = rng.NextDouble();
            // Columns: x, y, x + y (dependent), 0 (zero), 2x − y (dependent), random.
            double[] row = [x, y, x + y, 0, (2 * x) - y, rng.NextDouble()];
            row.CopyTo(a, i * cols);
        }

        int rank = ThinQr.OrthonormalizeColumns(a, rows, cols);
        Assert.Equal(3, rank);
        foreach (int dependent in new[] { 2, 3, 4 })
        {
            Assert.Equal(0, Column(a, rows, cols, dependent).Max(Math.Abs));
        }

        foreach (int p in new[] { 0, 1, 5 })
        {
            foreach (int q in new[] { 0, 1, 5 })
            {
                Assert.Equal(p == q ? 1 : 0, Dot(Column(a, rows, cols, p), Column(a, rows, cols, q)), 1e-12);
            }
        }
    }

    [Fact]
    public void KeepsTheSpanOfLeadingColumnsAndIsOrthonormalOnIllConditionedInput()
    {
        var rng = new Random(11);
        int rows = 20_000, cols = 9;
        var original = new double[rows * cols];
        for (int i = 0; i < original.Length; i++)
        {
            // Column scales from 1 to 1e-6: Gram condition number about 1e12.
            original[i] = (rng.NextDouble() - 0.5) * Math.Pow(10, -0.75 * (i % cols));
        }

        var q = (double[])original.Clone();
        Assert.Equal(cols, ThinQr.OrthonormalizeColumns(q, rows, cols));
        for (int p = 0; p < cols; p++)
        {
            for (int r = 0; r < cols; r++)
            {
                Assert.Equal(p == r ? 1 : 0, Dot(Column(q, rows, cols, p), Column(q, rows, cols, r)), 1e-12);
            }
        }

        // The first input column is a multiple of the first output column (QR keeps the leading spans).
        var a0 = Column(original, rows, cols, 0);
        var q0 = Column(q, rows, cols, 0);
        double scale = Dot(a0, q0);
        Assert.True(scale > 0);
        for (int i = 0; i < rows; i++)
        {
            Assert.Equal(a0[i], scale * q0[i], 1e-12);
        }
    }

    [Fact]
    public void SameBitsOnOneAndManyThreads()
    {
        var rng = new Random(8);
        int rows = 100_000, cols = 12;
        var a = Enumerable.Range(0, rows * cols).Select(_ => rng.NextDouble()).ToArray();
        var one = (double[])a.Clone();
        var many = (double[])a.Clone();
        ThinQr.OrthonormalizeColumns(one, rows, cols, 1);
        ThinQr.OrthonormalizeColumns(many, rows, cols, 4);
        Assert.Equal(one, many);
    }

    private static double[] Column(double[] a, int rows, int cols, int j) =>
        Enumerable.Range(0, rows).Select(i => a[(i * cols) + j]).ToArray();

    private static double Dot(double[] x, double[] y) => x.Zip(y, (p, q) => p * q).Sum();
}
