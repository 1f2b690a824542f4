namespace CustomerAtlas.Core.Data;

/// <summary>
/// Rows with numeric and categorical features (for Gower distance and k-prototypes):
/// a numeric matrix (NaN = missing) and a row-major block of categorical codes
/// (non-negative integers, <see cref="MissingCode"/> = missing), one row per observation.
/// </summary>
public sealed class MixedData
{
    /// <summary>The code of a missing categorical value.</summary>
    public const int MissingCode = -1;

    /// <summary>Wraps the two blocks (not copied).</summary>
    /// <param name="numeric">n × p numeric features; NaN marks a missing value.</param>
    /// <param name="categorical">n × c codes, row-major; <see cref="MissingCode"/> marks a missing value.</param>
    /// <param name="categoricalCount">c, the number of categorical features.</param>
    public MixedData(Matrix<double> numeric, int[] categorical, int categoricalCount)
    {
        ArgumentNullException.ThrowIfNull(numeric);
        ArgumentNullException.ThrowIfNull(categorical);
        ArgumentOutOfRangeException.ThrowIfNegative(categoricalCount);
        if (categorical.Length != (long)numeric.Rows * categoricalCount)
        {
            throw new ArgumentException(
                $"Expected {numeric.Rows} x {categoricalCount} categorical codes but got {categorical.Length}.",
                nameof(categorical));
        }

        for (int i = 0; i < categorical.Length; i++)
        {
            if (categorical[i] < MissingCode)
            {
                throw new ArgumentException(
                    $"Categorical code {categorical[i]} at row {i / categoricalCount}, column {i % categoricalCount} is negative (only {MissingCode} = missing is allowed).",
                    nameof(categorical));
            }
        }

        Numeric = numeric;
        Categorical = categorical;
        CategoricalCount = categoricalCount;
    }

    /// <summary>Number of rows.</summary>
    public int Rows => Numeric.Rows;

    /// <summary>The numeric features (NaN = missing).</summary>
    public Matrix<double> Numeric { get; }

    /// <summary>Number of numeric features.</summary>
    public int NumericCount => Numeric.Cols;

    /// <summary>The categorical codes, row-major n × <see cref="CategoricalCount"/>.</summary>
    public int[] Categorical { get; }

    /// <summary>Number of categorical features.</summary>
    public int CategoricalCount { get; }

    /// <summary>The codes of row <paramref name="row"/>.</summary>
    public ReadOnlySpan<int> CategoricalRow(int row) => Categorical.AsSpan(row * CategoricalCount, CategoricalCount);

    /// <summary>
    /// Splits a single matrix into numeric and categorical parts: the columns listed in
    /// <paramref name="categoricalColumns"/> hold integer codes (NaN = missing), the others are numeric,
    /// both in their original order.
    /// </summary>
    public static MixedData FromColumns(Matrix<double> combined, IReadOnlyList<int> categoricalColumns)
    {
        ArgumentNullException.ThrowIfNull(combined);
        ArgumentNullException.ThrowIfNull(categoricalColumns);
        var isCategorical = new bool[combined.Cols];
        foreach (int c in categoricalColumns)
        {
            if (c < 0 || c >= combined.Cols || isCategorical[c])
            {
                throw new ArgumentException(
                    $"Categorical column {c} is out of range 0..{combined.Cols - 1} or listed twice.", nameof(categoricalColumns));
            }

            isCategorical[c] = true;
        }

        int cat = categoricalColumns.Count;
        int num = combined.Cols - cat;
        var numeric = new Matrix<double>(combined.Rows, num);
        var codes = new int[combined.Rows * cat];
        for (int i = 0; i < combined.Rows; i++)
        {
            var row = combined.RowReadOnly(i);
            int p = 0;
            int q = 0;
            for (int j = 0; j < row.Length; j++)
            {
                if (!isCategorical[j])
                {
                    numeric[i, p++] = row[j];
                    continue;
                }

                double v = row[j];
                if (double.IsNaN(v))
                {
                    codes[(i * cat) + q++] = MissingCode;
                }
                else if (v < 0 || v != Math.Floor(v) || v > int.MaxValue)
                {
                    throw new ArgumentException(
                        $"Categorical value {v} at row {i}, column {j} is not a non-negative integer code.", nameof(combined));
                }
                else
                {
                    codes[(i * cat) + q++] = (int)v;
                }
            }
        }

        return new MixedData(numeric, codes, cat);
    }

    /// <summary>
    /// One matrix with the numeric features first and the categorical codes after them
    /// (missing codes as NaN): the row layout <see cref="Distances.GowerDistance"/> reads.
    /// </summary>
    public Matrix<double> ToCombined()
    {
        int p = NumericCount;
        var m = new Matrix<double>(Rows, p + CategoricalCount);
        for (int i = 0; i < Rows; i++)
        {
            var row = m.Row(i);
            Numeric.RowReadOnly(i).CopyTo(row);
            var codes = CategoricalRow(i);
            for (int j = 0; j < codes.Length; j++)
            {
                row[p + j] = codes[j] == MissingCode ? double.NaN : codes[j];
            }
        }

        return m;
    }
}
