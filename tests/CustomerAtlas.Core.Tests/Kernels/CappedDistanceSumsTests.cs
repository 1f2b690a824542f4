using System.Numerics;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Tests.Kernels;

public class CappedDistanceSumsTests
{
    [Fact]
    public void AddsWeightTimesTheCappedDistanceToEachColumn()
    {
        // cap 3, weight 2: columns [1, 5, 3, 9, ...] add [2, 6, 6, 6, ...] onto sums that start at 10.
        int w = Vector<float>.Count;
        var row = new float[w];
        float[] head = [1, 5, 3, 9];
        for (int c = 0; c < w; c++)
        {
            row[c] = c < head.Length ? head[c] : c;
        }

        var sums = Enumerable.Repeat(10.0, w).ToArray();
        CappedDistanceSums.Add<float>(row, 3f, 2.0, sums);
        for (int c = 0; c < w; c++)
        {
            Assert.Equal(10 + (2 * Math.Min(3.0, row[c])), sums[c]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void MatchesAScalarRunningSumBitForBitInDouble(int vectors)
    {
        int columns = vectors * Vector<double>.Count;
        var rng = new Random(vectors);
        var sums = new double[columns];
        var expected = new double[columns];
        var row = new double[columns];
        for (int step = 0; step < 200; step++)
        {
            for (int c = 0; c < columns; c++)
            {
                row[c] = rng.NextDouble() * 100;
            }

            double cap = rng.NextDouble() * 100;
            double weight = rng.NextDouble() * 3;
            CappedDistanceSums.Add<double>(row, cap, weight, sums);
            for (int c = 0; c < columns; c++)
            {
                expected[c] += weight * Math.Min(cap, row[c]);
            }
        }

        Assert.Equal(expected, sums);
    }

    [Fact]
    public void RejectsARowThatIsNotWholeVectors()
    {
        var row = new float[Vector<float>.Count + 1];
        var sums = new double[row.Length];
        Assert.Throws<ArgumentException>(() => CappedDistanceSums.Add<float>(row, 1f, 1.0, sums));
    }
}
