using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Calinski–Harabasz index (variance ratio criterion): between-cluster dispersion over
/// within-cluster dispersion, each divided by its degrees of freedom,
/// [B / (k − 1)] / [W / (n − k)]. Higher is better; ≥ 0. Noise rows are left out.
/// When every cluster is a single point repeated (W = 0) the score is 1 by convention.
/// </summary>
public static class CalinskiHarabasz
{
    /// <summary>The Calinski–Harabasz index of a clustering.</summary>
    public static double Score(Matrix<double> data, IReadOnlyList<int> labels)
    {
        var assignment = ClusterAssignment.Create(data, labels);
        var (centroids, overall) = assignment.Centroids(data);
        int d = data.Cols;
        int k = assignment.ClusterCount;
        double between = 0;
        for (int c = 0; c < k; c++)
        {
            double dist = TensorPrimitives.Distance(centroids.AsSpan(c * d, d), overall);
            between += assignment.Sizes[c] * dist * dist;
        }

        double within = 0;
        for (int i = 0; i < data.Rows; i++)
        {
            int c = assignment.Dense[i];
            if (c >= 0)
            {
                double dist = TensorPrimitives.Distance(data.RowReadOnly(i), centroids.AsSpan(c * d, d));
                within += dist * dist;
            }
        }

        int n = assignment.ClusteredRows;
        return within == 0 ? 1.0 : between * (n - k) / (within * (k - 1));
    }
}
