namespace CustomerAtlas.Core.LinearAlgebra;

/// <summary>
/// The result of <see cref="SymmetricEigen.Decompose"/>: eigenvalues in descending order and the
/// matching unit eigenvectors as the columns of a row-major <see cref="Size"/>×<see cref="Size"/> matrix.
/// </summary>
/// <param name="Size">The matrix order n.</param>
/// <param name="Values">Eigenvalues, largest first.</param>
/// <param name="Vectors">Row-major n×n; column j is the eigenvector of <c>Values[j]</c>.</param>
public sealed record EigenDecomposition(int Size, double[] Values, double[] Vectors)
{
    /// <summary>Copies eigenvector <paramref name="j"/> (column j) into a new array.</summary>
    public double[] Vector(int j)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(j);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, Size);
        var v = new double[Size];
        for (int i = 0; i < Size; i++)
        {
            v[i] = Vectors[(i * Size) + j];
        }

        return v;
    }
}
