using CustomerAtlas.Core.Metrics;
using FsCheck;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Metrics;

public class HungarianAssignmentTests
{
    [Fact]
    public void SolvesTextbookSquareCase()
    {
        // Rows -> columns 1, 0, 2 cost 1 + 2 + 2 = 5, the minimum over all 6 permutations.
        double[] cost = [4, 1, 3, 2, 0, 5, 3, 2, 2];
        Assert.Equal([1, 0, 2], HungarianAssignment.Minimize(cost, 3, 3));
    }

    [Property(MaxTest = 80)]
    public bool MatchesBruteForceOnSmallRectangles(int seed)
    {
        var random = new Random(seed);
        int rows = 1 + random.Next(4);
        int cols = rows + random.Next(3);
        var cost = Enumerable.Range(0, rows * cols).Select(_ => (double)random.Next(20)).ToArray();
        int[] match = HungarianAssignment.Minimize(cost, rows, cols);
        double found = match.Select((c, r) => cost[(r * cols) + c]).Sum();
        bool distinct = match.Distinct().Count() == rows;
        return distinct && Math.Abs(found - BruteForce(cost, rows, cols)) < 1e-9;
    }

    [Fact]
    public void MoreRowsThanColumnsIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => HungarianAssignment.Minimize(new double[6], 3, 2));
        Assert.Equal("rows", ex.ParamName);
    }

    private static double BruteForce(double[] cost, int rows, int cols)
    {
        double best = double.PositiveInfinity;
        void Extend(int row, bool[] used, double sum)
        {
            if (row == rows)
            {
                best = Math.Min(best, sum);
                return;
            }

            for (int c = 0; c < cols; c++)
            {
                if (!used[c])
                {
                    used[c] = true;
                    Extend(row + 1, used, sum + cost[(row * cols) + c]);
                    used[c] = false;
                }
            }
        }

        Extend(0, new bool[cols], 0);
        return best;
    }
}
