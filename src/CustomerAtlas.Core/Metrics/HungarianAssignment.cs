namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Optimal assignment (Kuhn–Munkres / Hungarian method with row and column potentials,
/// O(r²c)) of the rows of a rectangular cost matrix to distinct columns.
/// </summary>
public static class HungarianAssignment
{
    /// <summary>
    /// For an r×c cost matrix (row-major) with r ≤ c, the column assigned to each row such that
    /// the total cost is minimal.
    /// </summary>
    public static int[] Minimize(ReadOnlySpan<double> cost, int rows, int cols)
    {
        if (rows < 0 || cols < rows)
        {
            throw new ArgumentException($"Need 0 <= rows <= cols, got {rows}x{cols}.", nameof(rows));
        }

        if (cost.Length != rows * cols)
        {
            throw new ArgumentException($"Expected {rows * cols} costs, got {cost.Length}.", nameof(cost));
        }

        // Index 0 of the column arrays is a virtual column that holds the row being inserted;
        // rows are numbered from 1 so 0 can mean "unassigned".
        var rowPotential = new double[rows + 1];
        var colPotential = new double[cols + 1];
        var rowOfColumn = new int[cols + 1];
        var previousColumn = new int[cols + 1];
        var slack = new double[cols + 1];
        var visited = new bool[cols + 1];

        for (int row = 1; row <= rows; row++)
        {
            rowOfColumn[0] = row;
            int column = 0;
            Array.Fill(slack, double.PositiveInfinity);
            Array.Clear(visited);
            do
            {
                visited[column] = true;
                int activeRow = rowOfColumn[column];
                double delta = double.PositiveInfinity;
                int nextColumn = 0;
                for (int j = 1; j <= cols; j++)
                {
                    if (visited[j])
                    {
                        continue;
                    }

                    double reduced = cost[((activeRow - 1) * cols) + j - 1] - rowPotential[activeRow] - colPotential[j];
                    if (reduced < slack[j])
                    {
                        slack[j] = reduced;
                        previousColumn[j] = column;
                    }

                    if (slack[j] < delta)
                    {
                        delta = slack[j];
                        nextColumn = j;
                    }
                }

                for (int j = 0; j <= cols; j++)
                {
                    if (visited[j])
                    {
                        rowPotential[rowOfColumn[j]] += delta;
                        colPotential[j] -= delta;
                    }
                    else
                    {
                        slack[j] -= delta;
                    }
                }

                column = nextColumn;
            }
            while (rowOfColumn[column] != 0);

            // Flip the augmenting path back to the virtual column.
            while (column != 0)
            {
                int previous = previousColumn[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            }
        }

        var assignment = new int[rows];
        for (int j = 1; j <= cols; j++)
        {
            if (rowOfColumn[j] != 0)
            {
                assignment[rowOfColumn[j] - 1] = j - 1;
            }
        }

        return assignment;
    }

    /// <summary>The assignment of rows to distinct columns with maximal total value (r ≤ c).</summary>
    public static int[] Maximize(ReadOnlySpan<double> value, int rows, int cols)
    {
        var cost = new double[value.Length];
        for (int i = 0; i < cost.Length; i++)
        {
            cost[i] = -value[i];
        }

        return Minimize(cost, rows, cols);
    }
}
