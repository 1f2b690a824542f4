namespace CustomerAtlas.Core.Statistics;

/// <summary>The result of a chi-square test of independence.</summary>
/// <param name="Statistic">Pearson's χ² statistic.</param>
/// <param name="DegreesOfFreedom">(rows − 1)(columns − 1) over the non-empty rows and columns.</param>
/// <param name="PValue">P(χ² ≥ statistic) under independence; 1 when the table has fewer than two non-empty rows or columns.</param>
/// <param name="CramersV">Effect size in [0, 1]: √(χ² / (n · (min(r, c) − 1))).</param>
public sealed record ChiSquareResult(double Statistic, int DegreesOfFreedom, double PValue, double CramersV);

/// <summary>Pearson's chi-square test of independence for a contingency table.</summary>
public static class ChiSquareTest
{
    /// <summary>
    /// Tests whether the row and column variables of <paramref name="table"/> are independent.
    /// Rows or columns whose total is zero carry no information and are left out.
    /// </summary>
    public static ChiSquareResult Independence(long[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rows = table.GetLength(0);
        int cols = table.GetLength(1);
        var rowTotals = new double[rows];
        var colTotals = new double[cols];
        double total = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                long count = table[r, c];
                if (count < 0)
                {
                    throw new ArgumentException($"Cell ({r}, {c}) holds a negative count ({count}).", nameof(table));
                }

                rowTotals[r] += count;
                colTotals[c] += count;
                total += count;
            }
        }

        int usedRows = rowTotals.Count(t => t > 0);
        int usedCols = colTotals.Count(t => t > 0);
        if (usedRows < 2 || usedCols < 2)
        {
            return new ChiSquareResult(0, 0, 1, 0);
        }

        double statistic = 0;
        for (int r = 0; r < rows; r++)
        {
            if (rowTotals[r] == 0)
            {
                continue;
            }

            for (int c = 0; c < cols; c++)
            {
                if (colTotals[c] == 0)
                {
                    continue;
                }

                double expected = rowTotals[r] * colTotals[c] / total;
                double diff = table[r, c] - expected;
                statistic += diff * diff / expected;
            }
        }

        int df = (usedRows - 1) * (usedCols - 1);
        double cramersV = Math.Sqrt(statistic / (total * (Math.Min(usedRows, usedCols) - 1)));
        return new ChiSquareResult(statistic, df, Distributions.ChiSquareSurvival(statistic, df), Math.Min(1, cramersV));
    }
}
