using System.Numerics;

namespace CustomerAtlas.Core.Data;

/// <summary>
/// A dense matrix stored row-major in one contiguous array: row <c>i</c> is
/// <c>Values[(i * Cols)..((i + 1) * Cols)]</c>. Every algorithm in the library reads its
/// input through this type so kernels can work on spans without copies.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public sealed class Matrix<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates a zero-filled matrix.</summary>
    public Matrix(int rows, int cols)
        : this(rows, cols, new T[checked(ValidateShape(rows, cols) * cols)])
    {
    }

    /// <summary>Wraps <paramref name="values"/> (row-major, not copied).</summary>
    public Matrix(int rows, int cols, T[] values)
    {
        ValidateShape(rows, cols);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != (long)rows * cols)
        {
            throw new ArgumentException(
                $"Expected {(long)rows * cols} values for a {rows}x{cols} matrix but got {values.Length}.",
                nameof(values));
        }

        Rows = rows;
        Cols = cols;
        Values = values;
    }

    /// <summary>Number of rows (observations).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (features).</summary>
    public int Cols { get; }

    /// <summary>The row-major backing array.</summary>
    public T[] Values { get; }

    /// <summary>Element at (<paramref name="row"/>, <paramref name="col"/>).</summary>
    public T this[int row, int col]
    {
        get => Values[(row * Cols) + col];
        set => Values[(row * Cols) + col] = value;
    }

    /// <summary>A writable view of one row.</summary>
    public Span<T> Row(int row) => Values.AsSpan(row * Cols, Cols);

    /// <summary>A read-only view of one row.</summary>
    public ReadOnlySpan<T> RowReadOnly(int row) => Values.AsSpan(row * Cols, Cols);

    /// <summary>Builds a matrix from jagged rows (copies). All rows must have the same length.</summary>
    public static Matrix<T> FromRows(IReadOnlyList<T[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("At least one row is required.", nameof(rows));
        }

        int cols = rows[0].Length;
        var m = new Matrix<T>(rows.Count, cols);
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != cols)
            {
                throw new ArgumentException($"Row {i} has {rows[i].Length} values; row 0 has {cols}.", nameof(rows));
            }

            rows[i].CopyTo(m.Row(i));
        }

        return m;
    }

    /// <summary>A deep copy.</summary>
    public Matrix<T> Clone() => new(Rows, Cols, (T[])Values.Clone());

    /// <summary>A new matrix holding the rows at <paramref name="indices"/>, in that order.</summary>
    public Matrix<T> SelectRows(ReadOnlySpan<int> indices)
    {
        var m = new Matrix<T>(indices.Length, Cols);
        for (int i = 0; i < indices.Length; i++)
        {
            RowReadOnly(indices[i]).CopyTo(m.Row(i));
        }

        return m;
    }

    private static int ValidateShape(int rows, int cols)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(cols);
        return rows;
    }
}
