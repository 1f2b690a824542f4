using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.LinearAlgebra;

/// <summary>
/// Orthonormal basis of the column space of a tall matrix (the Q of a thin QR) by Cholesky-QR run twice
/// ("CholeskyQR2", Fukaya et al. 2014): each pass forms the small Gram matrix AᵀA over fixed row blocks,
/// factors it as RᵀR and replaces every row a by a·R⁻¹. Two streaming passes per factorisation instead of
/// one strided pass per column pair, and the second pass restores orthogonality to working precision.
/// Row blocks are fixed and their Gram partials summed in block order, so the result does not depend on
/// the thread count.
/// </summary>
public static class ThinQr
{
    /// <summary>
    /// A column whose part orthogonal to the earlier columns has a squared norm below this fraction of its
    /// own squared norm counts as dependent. The Gram matrix resolves about 1e-16 of a squared norm, so
    /// this sits a little above that noise floor (a relative norm of about 3e-7).
    /// </summary>
    private const double DependentFraction = 1e-13;

    /// <summary>Rows multiplied at a time (the tile stays in L1/L2).</summary>
    private const int TileRows = 64;

    /// <summary>
    /// Replaces the columns of the row-major <paramref name="rows"/>×<paramref name="cols"/> matrix
    /// <paramref name="a"/> by an orthonormal basis of their span, in place; the first j columns of the
    /// result span the first j columns of the input. Columns that are (numerically) dependent on earlier
    /// ones become zero. Returns the rank found.
    /// </summary>
    public static int OrthonormalizeColumns(double[] a, int rows, int cols, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(cols);
        if (a.Length != (long)rows * cols)
        {
            throw new ArgumentException($"Expected {(long)rows * cols} values but got {a.Length}.", nameof(a));
        }

        if (cols == 0)
        {
            return 0;
        }

        var blocks = RowBlocks.For(rows);
        var independent = new bool[cols];
        Array.Fill(independent, true);
        int rank = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            var gram = Gram(a, cols, blocks, maxDegreeOfParallelism);
            var inverse = InverseTriangularFactor(gram, cols, independent, out rank);
            MultiplyRowsInPlace(a, cols, inverse, blocks, maxDegreeOfParallelism);
        }

        return rank;
    }

    /// <summary>AᵀA (cols×cols, row-major), one partial per row block, summed in block order.</summary>
    private static double[] Gram(double[] a, int cols, RowBlocks blocks, int degree)
    {
        int size = cols * cols;
        var partial = new double[blocks.Count * size];
        BlockParallel.For(blocks, degree, b =>
        {
            var g = partial.AsSpan(b * size, size);
            var transposed = new double[TileRows * cols];
            var scratch = new double[size];
            for (int start = blocks.Start(b), end = start + blocks.Length(b); start < end; start += TileRows)
            {
                int count = Math.Min(TileRows, end - start);
                var tile = a.AsSpan(start * cols, count * cols);
                TileProduct.AddTransposeTimes<double>(tile, count, cols, tile, cols, g, transposed, scratch);
            }
        });
        var gram = new double[size];
        BlockParallel.SumInBlockOrder(partial, blocks.Count, size, gram);
        return gram;
    }

    /// <summary>
    /// R⁻¹ of the Cholesky factor G = RᵀR (R upper triangular), where a column found dependent (its
    /// remaining diagonal at or below <see cref="DependentFraction"/> of G_jj, or marked so already) gets a
    /// zero row in R and a zero column in R⁻¹, so it maps to a zero column of Q.
    /// </summary>
    private static double[] InverseTriangularFactor(double[] gram, int n, bool[] independent, out int rank)
    {
        var r = new double[n * n];
        rank = 0;
        for (int j = 0; j < n; j++)
        {
            for (int k = 0; k < j; k++)
            {
                if (!independent[k])
                {
                    continue;
                }

                double s = gram[(k * n) + j];
                for (int m = 0; m < k; m++)
                {
                    s -= r[(m * n) + k] * r[(m * n) + j];
                }

                r[(k * n) + j] = s / r[(k * n) + k];
            }

            double diag = gram[(j * n) + j];
            for (int k = 0; k < j; k++)
            {
                diag -= r[(k * n) + j] * r[(k * n) + j];
            }

            if (independent[j] && diag > DependentFraction * gram[(j * n) + j] && double.IsFinite(diag))
            {
                r[(j * n) + j] = Math.Sqrt(diag);
                rank++;
            }
            else
            {
                independent[j] = false;
                r.AsSpan(j * n, n).Clear();
            }
        }

        // Column j of R⁻¹ from R⁻¹R = I: inv[:, j] = (e_j − Σ_{k<j} inv[:, k] R_kj) / R_jj.
        var inv = new double[n * n];
        for (int j = 0; j < n; j++)
        {
            if (!independent[j])
            {
                continue;
            }

            double rjj = r[(j * n) + j];
            for (int m = 0; m <= j; m++)
            {
                double s = m == j ? 1 : 0;
                for (int k = m; k < j; k++)
                {
                    s -= inv[(m * n) + k] * r[(k * n) + j];
                }

                inv[(m * n) + j] = s / rjj;
            }
        }

        return inv;
    }

    /// <summary>Replaces every row a_i by a_i · M for the cols×cols matrix M, a tile of rows at a time.</summary>
    private static void MultiplyRowsInPlace(double[] a, int cols, double[] m, RowBlocks blocks, int degree)
    {
        BlockParallel.For(blocks, degree, b =>
        {
            var original = new double[TileRows * cols];
            for (int start = blocks.Start(b), end = start + blocks.Length(b); start < end; start += TileRows)
            {
                int count = Math.Min(TileRows, end - start);
                var tile = a.AsSpan(start * cols, count * cols);
                tile.CopyTo(original);
                TileProduct.Multiply<double>(original, count, cols, m, cols, tile);
            }
        });
    }
}
