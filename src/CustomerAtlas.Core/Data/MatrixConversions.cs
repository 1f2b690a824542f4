namespace CustomerAtlas.Core.Data;

/// <summary>Precision conversions between <see cref="Matrix{T}"/> instances.</summary>
public static class MatrixConversions
{
    /// <summary>Widens a float32 matrix to float64 (copies).</summary>
    public static Matrix<double> ToDouble(this Matrix<float> m)
    {
        var values = new double[m.Values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = m.Values[i];
        }

        return new Matrix<double>(m.Rows, m.Cols, values);
    }

    /// <summary>Narrows a float64 matrix to float32 (copies, rounds to nearest).</summary>
    public static Matrix<float> ToSingle(this Matrix<double> m)
    {
        var values = new float[m.Values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)m.Values[i];
        }

        return new Matrix<float>(m.Rows, m.Cols, values);
    }
}
