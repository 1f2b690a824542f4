using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;

namespace CustomerAtlas.Core.Internal;

/// <summary>Assigns rows to the nearest of a set of centres (centroids, medoids, training points).</summary>
internal static class NearestCenters
{
    private const int RowBlock = 1024;

    /// <summary>
    /// For each row of <paramref name="data"/>, the index of the nearest of the
    /// <paramref name="centers"/> rows (row-major, <c>data.Cols</c> wide) under
    /// <paramref name="distance"/>; ties go to the lower index.
    /// </summary>
    public static int[] Assign(Matrix<double> data, double[] centers, IDistance distance, int maxDegreeOfParallelism)
    {
        int d = data.Cols;
        int count = centers.Length / d;
        var result = new int[data.Rows];
        BlockParallel.For(RowBlocks.OfSize(data.Rows, RowBlock), maxDegreeOfParallelism, block =>
        {
            int end = Math.Min(data.Rows, (block + 1) * RowBlock);
            for (int i = block * RowBlock; i < end; i++)
            {
                var row = data.RowReadOnly(i);
                int best = 0;
                double bestDistance = double.PositiveInfinity;
                for (int c = 0; c < count; c++)
                {
                    double dist = distance.Compute(row, centers.AsSpan(c * d, d));
                    if (dist < bestDistance)
                    {
                        bestDistance = dist;
                        best = c;
                    }
                }

                result[i] = best;
            }
        });
        return result;
    }

    /// <summary>Checks that rows to predict have the model's feature count.</summary>
    public static void EnsureFeatureCount(Matrix<double> data, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Cols != featureCount)
        {
            throw new ArgumentException($"The model was fitted on {featureCount} features but the data has {data.Cols}.", nameof(data));
        }
    }
}
