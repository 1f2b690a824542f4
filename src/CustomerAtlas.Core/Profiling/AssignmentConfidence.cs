using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Profiling;

/// <summary>
/// How sure each customer's segment assignment is, in [0, 1]: the posterior probability of the
/// assigned segment for probabilistic models, otherwise the centroid margin
/// 1 − d(own centroid) / d(nearest other centroid), which is 0 for a customer halfway between two
/// segments and approaches 1 deep inside its own. Noise rows get 0.
/// </summary>
public static class AssignmentConfidence
{
    /// <summary>Confidence from posterior probabilities (rows × segments): the probability of the assigned segment.</summary>
    public static double[] FromPosteriors(Matrix<double> posteriors, ReadOnlySpan<int> labels)
    {
        ArgumentNullException.ThrowIfNull(posteriors);
        if (labels.Length != posteriors.Rows)
        {
            throw new ArgumentException($"labels has {labels.Length} entries but posteriors has {posteriors.Rows} rows.", nameof(labels));
        }

        var result = new double[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            result[i] = labels[i] >= 0 && labels[i] < posteriors.Cols ? posteriors[i, labels[i]] : 0;
        }

        return result;
    }

    /// <summary>Confidence from the margin between a row's own segment centroid and the nearest other one.</summary>
    public static double[] FromCentroidMargin(Matrix<double> data, ReadOnlySpan<int> labels, int segmentCount)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentCount, 2);
        if (labels.Length != data.Rows)
        {
            throw new ArgumentException($"labels has {labels.Length} entries but data has {data.Rows} rows.", nameof(labels));
        }

        var centroids = Centroids.Of(data, labels.ToArray(), segmentCount);
        int d = data.Cols;
        var distances = new Matrix<double>(data.Rows, segmentCount);
        for (int i = 0; i < data.Rows; i++)
        {
            var row = data.RowReadOnly(i);
            var target = distances.Row(i);
            for (int c = 0; c < segmentCount; c++)
            {
                target[c] = TensorPrimitives.Distance(row, centroids.AsSpan(c * d, d));
            }
        }

        return FromDistances(distances, labels);
    }

    /// <summary>
    /// The centroid margin from each row's distances to every segment centre (rows × segments), as
    /// a saved model computes them for new customers: 1 − own / nearest other, 0 when the row is
    /// noise, has no other segment, or is at least as close to another segment as to its own.
    /// </summary>
    public static double[] FromDistances(Matrix<double> distances, ReadOnlySpan<int> labels)
    {
        ArgumentNullException.ThrowIfNull(distances);
        if (labels.Length != distances.Rows)
        {
            throw new ArgumentException($"labels has {labels.Length} entries but distances has {distances.Rows} rows.", nameof(labels));
        }

        var result = new double[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            int own = labels[i];
            if (own < 0 || own >= distances.Cols)
            {
                continue;
            }

            var row = distances.RowReadOnly(i);
            double other = double.PositiveInfinity;
            for (int c = 0; c < row.Length; c++)
            {
                if (c != own)
                {
                    other = Math.Min(other, row[c]);
                }
            }

            result[i] = double.IsFinite(other) && other > row[own] ? 1 - (row[own] / other) : 0;
        }

        return result;
    }
}
