using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Internal;

/// <summary>Per-cluster means of labelled rows (public: the pipeline computes segment centres of models that keep none).</summary>
public static class Centroids
{
    /// <summary>
    /// Mean of the rows of each cluster 0..k-1 (row-major k × d); rows labelled outside 0..k-1
    /// (noise) are ignored, and an empty cluster keeps a zero centroid.
    /// </summary>
    public static double[] Of(Matrix<double> data, IReadOnlyList<int> labels, int clusterCount)
    {
        int d = data.Cols;
        var sums = new double[clusterCount * d];
        var counts = new int[clusterCount];
        for (int i = 0; i < data.Rows; i++)
        {
            int c = labels[i];
            if (c < 0 || c >= clusterCount)
            {
                continue;
            }

            var sum = sums.AsSpan(c * d, d);
            TensorPrimitives.Add(sum, data.RowReadOnly(i), sum);
            counts[c]++;
        }

        for (int c = 0; c < clusterCount; c++)
        {
            if (counts[c] > 0)
            {
                var sum = sums.AsSpan(c * d, d);
                TensorPrimitives.Divide(sum, counts[c], sum);
            }
        }

        return sums;
    }
}
