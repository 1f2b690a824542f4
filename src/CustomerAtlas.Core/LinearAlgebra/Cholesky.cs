namespace CustomerAtlas.Core.LinearAlgebra;

/// <summary>
/// Cholesky factorisation <c>A = L Lᵀ</c> of a symmetric positive-definite matrix, with solves and
/// the log-determinant (what Gaussian densities need).
/// </summary>
public sealed class Cholesky
{
    private Cholesky(int size, double[] lower)
    {
        Size = size;
        Lower = lower;
    }

    /// <summary>The matrix order n.</summary>
    public int Size { get; }

    /// <summary>The lower-triangular factor L, row-major n×n (upper part zero).</summary>
    public double[] Lower { get; }

    /// <summary>
    /// Factorises the symmetric positive-definite <paramref name="n"/>×<paramref name="n"/> row-major
    /// <paramref name="a"/> (read only; its lower triangle is used).
    /// </summary>
    /// <exception cref="ArgumentException">The matrix is the wrong size or not positive definite.</exception>
    public static Cholesky Decompose(double[] a, int n)
    {
        if (!TryDecompose(a, n, out var result))
        {
            throw new ArgumentException("The matrix is not positive definite.", nameof(a));
        }

        return result;
    }

    /// <summary>Like <see cref="Decompose"/>, but returns false instead of throwing when the matrix is not positive definite.</summary>
    public static bool TryDecompose(double[] a, int n, out Cholesky result)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (a.Length != (long)n * n)
        {
            throw new ArgumentException($"Expected {n * n} values for a {n}x{n} matrix but got {a.Length}.", nameof(a));
        }

        var l = new double[n * n];
        result = new Cholesky(n, l);
        for (int j = 0; j < n; j++)
        {
            double diag = a[(j * n) + j];
            for (int k = 0; k < j; k++)
            {
                diag -= l[(j * n) + k] * l[(j * n) + k];
            }

            if (!(diag > 0) || !double.IsFinite(diag))
            {
                return false;
            }

            double ljj = Math.Sqrt(diag);
            l[(j * n) + j] = ljj;
            for (int i = j + 1; i < n; i++)
            {
                double s = a[(i * n) + j];
                for (int k = 0; k < j; k++)
                {
                    s -= l[(i * n) + k] * l[(j * n) + k];
                }

                l[(i * n) + j] = s / ljj;
            }
        }

        return true;
    }

    /// <summary>log det A = 2 Σ log L_ii.</summary>
    public double LogDeterminant()
    {
        double sum = 0;
        for (int i = 0; i < Size; i++)
        {
            sum += Math.Log(Lower[(i * Size) + i]);
        }

        return 2 * sum;
    }

    /// <summary>Solves L y = b in place (forward substitution).</summary>
    public void SolveLowerInPlace(Span<double> b)
    {
        CheckLength(b.Length);
        var lower = Lower.AsSpan();
        for (int i = 0; i < Size; i++)
        {
            // Row i of L left of the diagonal dotted with the solved prefix (vectorized).
            double s = b[i] - System.Numerics.Tensors.TensorPrimitives.Dot(lower.Slice(i * Size, i), b[..i]);
            b[i] = s / lower[(i * Size) + i];
        }
    }

    /// <summary>Solves Lᵀ x = y in place (back substitution).</summary>
    public void SolveUpperInPlace(Span<double> y)
    {
        CheckLength(y.Length);
        for (int i = Size - 1; i >= 0; i--)
        {
            double s = y[i];
            for (int k = i + 1; k < Size; k++)
            {
                s -= Lower[(k * Size) + i] * y[k];
            }

            y[i] = s / Lower[(i * Size) + i];
        }
    }

    /// <summary>Solves A x = b in place.</summary>
    public void SolveInPlace(Span<double> b)
    {
        SolveLowerInPlace(b);
        SolveUpperInPlace(b);
    }

    /// <summary>The inverse A⁻¹ (row-major n×n).</summary>
    public double[] Inverse()
    {
        var inv = new double[Size * Size];
        var column = new double[Size];
        for (int j = 0; j < Size; j++)
        {
            Array.Clear(column);
            column[j] = 1;
            SolveInPlace(column);
            for (int i = 0; i < Size; i++)
            {
                inv[(i * Size) + j] = column[i];
            }
        }

        return inv;
    }

    private void CheckLength(int length)
    {
        if (length != Size)
        {
            throw new ArgumentException($"Expected a vector of length {Size} but got {length}.", "b");
        }
    }
}
