using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Davies–Bouldin index: the mean over clusters of the worst ratio (s_i + s_j) / d(c_i, c_j),
/// where s is a cluster's mean distance to its centroid. Lower is better; ≥ 0. Noise rows are
/// left out. Clusters with coinciding centroids are not compared (their ratio would be infinite).
/// </summary>
public static class DaviesBouldin
{
    /// <summary>The Davies–Bouldin index of a clustering.</summary>
    public static double Score(Matrix<double> data, IReadOnlyList<int> labels)
    {
        var assignment = ClusterAssignment.Create(data, labels);
        var (centroids, _) = assignment.Centroids(data);
        int d = data.Cols;
        int k = assignment.ClusterCount;
        var scatter = new double[k];
        for (int i = 0; i < data.Rows; i++)
        {
            int c = assignment.Dense[i];
            if (c >= 0)
            {
                scatter[c] += TensorPrimitives.Distance(data.RowReadOnly(i), centroids.AsSpan(c * d, d));
            }
        }

        for (int c = 0; c < k; c++)
        {
            scatter[c] /= assignment.Sizes[c];
        }

        double total = 0;
        for (int a = 0; a < k; a++)
        {
            double worst = 0;
            for (int b = 0; b < k; b++)
            {
                if (a == b)
                {
                    continue;
                }

                double separation = TensorPrimitives.Distance(centroids.AsSpan(a * d, d), centroids.AsSpan(b * d, d));
                if (separation > 0)
                {
                    worst = Math.Max(worst, (scatter[a] + scatter[b]) / separation);
                }
            }

            total += worst;
        }

        return total / k;
    }
}
