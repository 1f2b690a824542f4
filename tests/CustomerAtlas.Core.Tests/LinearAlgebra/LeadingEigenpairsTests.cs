using CustomerAtlas.Core.LinearAlgebra;

namespace CustomerAtlas.Core.Tests.LinearAlgebra;

public class LeadingEigenpairsTests
{
    [Theory]
    [InlineData(7, 1, 1)]
    [InlineData(60, 4, 2)]
    [InlineData(120, 5, 3)]
    public void AgreesWithTheDenseDecomposition(int n, int count, int seed)
    {
        var random = new Random(seed);
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double v = random.NextDouble() - 0.5;
                a[(i * n) + j] = v;
                a[(j * n) + i] = v;
            }
        }

        var dense = SymmetricEigen.Decompose(a, n);
        var (values, vectors, converged) = LeadingEigenpairs.Compute(n, count, (x, y) => Multiply(a, n, x, y), seed: 5, tolerance: 1e-9);
        Assert.True(converged);
        for (int c = 0; c < count; c++)
        {
            Assert.Equal(dense.Values[c], values[c], 7);
            var expected = dense.Vector(c);
            double dot = Math.Abs(expected.Zip(vectors[c], (p, q) => p * q).Sum());
            Assert.Equal(1, dot, 6);
        }
    }

    [Fact]
    public void FindsARepeatedEigenvalueOfDisconnectedBlocks()
    {
        // Block-diagonal: three identical 2x2 blocks [[1, 1], [1, 1]] / 2 have eigenvalue 1 three times.
        int n = 6;
        var a = new double[n * n];
        for (int b = 0; b < 3; b++)
        {
            for (int i = 0; i < 2; i++)
            {
                for (int j = 0; j < 2; j++)
                {
                    a[(((2 * b) + i) * n) + (2 * b) + j] = 0.5;
                }
            }
        }

        var (values, _, converged) = LeadingEigenpairs.Compute(n, 3, (x, y) => Multiply(a, n, x, y), seed: 1);
        Assert.True(converged);
        Assert.All(values, v => Assert.Equal(1, v, 9));
    }

    private static void Multiply(double[] a, int n, double[] x, double[] y)
    {
        for (int i = 0; i < n; i++)
        {
            double s = 0;
            for (int j = 0; j < n; j++)
            {
                s += a[(i * n) + j] * x[j];
            }

            y[i] = s;
        }
    }
}
