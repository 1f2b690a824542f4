namespace CustomerAtlas.Core.LinearAlgebra;

/// <summary>
/// Orthonormal basis of the column space of a tall matrix (the Q of a thin QR), by modified Gram–Schmidt
/// run twice ("twice is enough", Giraud et al. 2005), which keeps Q orthonormal to working precision.
/// </summary>
public static class ThinQr
{
    /// <summary>
    /// Replaces the columns of the row-major <paramref name="rows"/>×<paramref name="cols"/> matrix
    /// <paramref name="a"/> by an orthonormal basis of their span, in place. Columns that are (numerically)
    /// dependent on earlier ones become zero. Returns the rank found.
    /// </summary>
    public static int OrthonormalizeColumns(double[] a, int rows, int cols)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Length != (long)rows * cols)
        {
            throw new ArgumentException($"Expected {(long)rows * cols} values but got {a.Length}.", nameof(a));
        }

        var norms0 = new double[cols];
        for (int j = 0; j < cols; j++)
        {
            norms0[j] = Math.Sqrt(ColumnDot(a, rows, cols, j, j));
        }

        int rank = 0;
        for (int j = 0; j < cols; j++)
        {
            for (int pass = 0; pass < 2; pass++)
            {
                for (int p = 0; p < j; p++)
                {
                    double r = ColumnDot(a, rows, cols, p, j);
                    if (r != 0)
                    {
                        for (int i = 0; i < rows; i++)
                        {
                            a[(i * cols) + j] -= r * a[(i * cols) + p];
                        }
                    }
                }
            }

            double norm = Math.Sqrt(ColumnDot(a, rows, cols, j, j));
            bool independent = norm > 1e-12 * Math.Max(norms0[j], double.Epsilon);
            for (int i = 0; i < rows; i++)
            {
                a[(i * cols) + j] = independent ? a[(i * cols) + j] / norm : 0;
            }

            rank += independent ? 1 : 0;
        }

        return rank;
    }

    private static double ColumnDot(double[] a, int rows, int cols, int p, int q)
    {
        double sum = 0;
        for (int i = 0; i < rows; i++)
        {
            sum += a[(i * cols) + p] * a[(i * cols) + q];
        }

        return sum;
    }
}
