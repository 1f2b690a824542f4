namespace CustomerAtlas.Core.LinearAlgebra;

/// <summary>
/// Eigen-decomposition of a real symmetric matrix, <c>A = V diag(λ) Vᵀ</c>, by the cyclic Jacobi
/// method. Jacobi is chosen over tridiagonal QR for its accuracy on small eigenvalues and its
/// simplicity; it costs O(n³) per sweep with about 6–10 sweeps, which suits the matrices the
/// library decomposes (covariances of tens to a few hundred features, small Gram matrices).
/// </summary>
public static class SymmetricEigen
{
    private const int MaxSweeps = 100;

    /// <summary>
    /// Decomposes the symmetric <paramref name="n"/>×<paramref name="n"/> matrix <paramref name="a"/>
    /// (row-major, only read, never modified). Eigenvalues come out in descending order; each
    /// eigenvector's sign is fixed so that its largest-magnitude entry is positive, which makes the
    /// result deterministic across platforms.
    /// </summary>
    /// <exception cref="ArgumentException">The matrix is the wrong size, not symmetric, or holds NaN/Inf.</exception>
    public static EigenDecomposition Decompose(double[] a, int n)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (a.Length != (long)n * n)
        {
            throw new ArgumentException($"Expected {n * n} values for a {n}x{n} matrix but got {a.Length}.", nameof(a));
        }

        CheckSymmetricAndFinite(a, n);
        var m = (double[])a.Clone();
        var v = Identity(n);
        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            double off = OffDiagonalNorm(m, n);
            if (off == 0 || off <= 1e-30 * DiagonalNorm(m, n))
            {
                break;
            }

            for (int p = 0; p < n - 1; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    Rotate(m, v, n, p, q);
                }
            }
        }

        return Sorted(m, v, n);
    }

    /// <summary>Zeroes m[p,q] by one Jacobi rotation, applied to m on both sides and to v on the right.</summary>
    private static void Rotate(double[] m, double[] v, int n, int p, int q)
    {
        double apq = m[(p * n) + q];
        if (apq == 0)
        {
            return;
        }

        double app = m[(p * n) + p];
        double aqq = m[(q * n) + q];

        // tan of the rotation angle from the stable root of t² + 2θt − 1 = 0, θ = (aqq − app) / (2 apq).
        double theta = (aqq - app) / (2 * apq);
        double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        double c = 1 / Math.Sqrt((t * t) + 1);
        double s = t * c;

        for (int k = 0; k < n; k++)
        {
            double mkp = m[(k * n) + p];
            double mkq = m[(k * n) + q];
            m[(k * n) + p] = (c * mkp) - (s * mkq);
            m[(k * n) + q] = (s * mkp) + (c * mkq);
        }

        for (int k = 0; k < n; k++)
        {
            double mpk = m[(p * n) + k];
            double mqk = m[(q * n) + k];
            m[(p * n) + k] = (c * mpk) - (s * mqk);
            m[(q * n) + k] = (s * mpk) + (c * mqk);
        }

        // The rotation zeroes the pair exactly in exact arithmetic; store the exact zero.
        m[(p * n) + q] = 0;
        m[(q * n) + p] = 0;

        for (int k = 0; k < n; k++)
        {
            double vkp = v[(k * n) + p];
            double vkq = v[(k * n) + q];
            v[(k * n) + p] = (c * vkp) - (s * vkq);
            v[(k * n) + q] = (s * vkp) + (c * vkq);
        }
    }

    private static EigenDecomposition Sorted(double[] m, double[] v, int n)
    {
        var order = Enumerable.Range(0, n).ToArray();
        var diag = new double[n];
        for (int i = 0; i < n; i++)
        {
            diag[i] = m[(i * n) + i];
        }

        // Descending by value; equal values keep their index order so the output is deterministic.
        Array.Sort(order, (x, y) => diag[y].CompareTo(diag[x]) is var c && c != 0 ? c : x.CompareTo(y));
        var values = new double[n];
        var vectors = new double[n * n];
        for (int j = 0; j < n; j++)
        {
            int src = order[j];
            values[j] = diag[src];
            int argMax = 0;
            for (int i = 1; i < n; i++)
            {
                if (Math.Abs(v[(i * n) + src]) > Math.Abs(v[(argMax * n) + src]))
                {
                    argMax = i;
                }
            }

            double sign = v[(argMax * n) + src] < 0 ? -1 : 1;
            for (int i = 0; i < n; i++)
            {
                vectors[(i * n) + j] = sign * v[(i * n) + src];
            }
        }

        return new EigenDecomposition(n, values, vectors);
    }

    private static void CheckSymmetricAndFinite(double[] a, int n)
    {
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double x = a[(i * n) + j];
                if (!double.IsFinite(x))
                {
                    throw new ArgumentException($"The matrix holds a non-finite value at ({i}, {j}).", nameof(a));
                }

                if (j > i)
                {
                    double y = a[(j * n) + i];
                    double scale = Math.Max(Math.Abs(x), Math.Abs(y));
                    if (Math.Abs(x - y) > 1e-10 * Math.Max(scale, 1e-300))
                    {
                        throw new ArgumentException($"The matrix is not symmetric at ({i}, {j}): {x} vs {y}.", nameof(a));
                    }
                }
            }
        }
    }

    private static double[] Identity(int n)
    {
        var v = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            v[(i * n) + i] = 1;
        }

        return v;
    }

    private static double OffDiagonalNorm(double[] m, int n)
    {
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i != j)
                {
                    sum += m[(i * n) + j] * m[(i * n) + j];
                }
            }
        }

        return Math.Sqrt(sum);
    }

    private static double DiagonalNorm(double[] m, int n)
    {
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += m[(i * n) + i] * m[(i * n) + i];
        }

        return Math.Sqrt(sum);
    }
}
