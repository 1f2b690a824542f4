using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Dunn index (Dunn 1974): the smallest distance between points of different clusters over the
/// largest distance between points of one cluster. Higher is better; ≥ 0 (infinite when every
/// cluster is a single repeated point). Noise rows are left out. O(n²) time, O(1) extra memory
/// per thread; min and max are exact, so any thread count gives the same answer.
/// </summary>
public static class DunnIndex
{
    private const int BlockRows = 128;

    /// <summary>The Dunn index of a clustering.</summary>
    public static double Score(Matrix<double> data, IReadOnlyList<int> labels, int maxDegreeOfParallelism = -1)
    {
        var assignment = ClusterAssignment.Create(data, labels);
        ParallelismCheck.Ensure(maxDegreeOfParallelism);
        int n = data.Rows;
        int[] cluster = assignment.Dense;
        int blocks = (n + BlockRows - 1) / BlockRows;
        var separation = new double[blocks];
        var diameter = new double[blocks];
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, block =>
        {
            double minSeparation = double.PositiveInfinity;
            double maxDiameter = 0;
            int end = Math.Min(n, (block + 1) * BlockRows);
            for (int i = block * BlockRows; i < end; i++)
            {
                if (cluster[i] < 0)
                {
                    continue;
                }

                var row = data.RowReadOnly(i);
                for (int j = i + 1; j < n; j++)
                {
                    if (cluster[j] < 0)
                    {
                        continue;
                    }

                    double dist = TensorPrimitives.Distance(row, data.RowReadOnly(j));
                    if (cluster[j] == cluster[i])
                    {
                        maxDiameter = Math.Max(maxDiameter, dist);
                    }
                    else
                    {
                        minSeparation = Math.Min(minSeparation, dist);
                    }
                }
            }

            separation[block] = minSeparation;
            diameter[block] = maxDiameter;
        });

        double largestDiameter = diameter.Max();
        double smallestSeparation = separation.Min();
        return largestDiameter == 0 ? double.PositiveInfinity : smallestSeparation / largestDiameter;
    }
}
