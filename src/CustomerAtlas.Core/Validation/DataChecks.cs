using System.Numerics;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Validation;

/// <summary>Checks every algorithm runs on its input before fitting.</summary>
public static class DataChecks
{
    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming <paramref name="parameter"/> when the matrix
    /// has no rows or columns, or holds a NaN or infinity (with the first offending row and column).
    /// </summary>
    public static void EnsureUsable<T>(Matrix<T> data, string parameter = "data")
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(data, parameter);
        if (data.Rows == 0)
        {
            throw new ArgumentException("The data has zero rows.", parameter);
        }

        if (data.Cols == 0)
        {
            throw new ArgumentException("The data has zero columns.", parameter);
        }

        var values = data.Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (!T.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"The data holds a non-finite value ({values[i]}) at row {i / data.Cols}, column {i % data.Cols}.",
                    parameter);
            }
        }
    }

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming <paramref name="parameter"/> when <paramref name="clusterCount"/>
    /// exceeds the data's <paramref name="rows"/>: n rows make at most n clusters.
    /// </summary>
    public static void EnsureClusterCount(int rows, int clusterCount, string parameter)
    {
        if (clusterCount > rows)
        {
            throw new ArgumentException($"{parameter} ({clusterCount}) exceeds the number of rows ({rows}).", parameter);
        }
    }
}
