using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// The labels of a clustering prepared for internal (geometry-based) metrics: noise rows
/// (negative labels) are left out, the rest are mapped to 0..k-1, with cluster sizes.
/// </summary>
internal sealed class ClusterAssignment
{
    private ClusterAssignment(int[] dense, int clusterCount, long[] sizes, int clusteredRows)
    {
        Dense = dense;
        ClusterCount = clusterCount;
        Sizes = sizes;
        ClusteredRows = clusteredRows;
    }

    /// <summary>Dense cluster of each row, or -1 for a noise row.</summary>
    public int[] Dense { get; }

    public int ClusterCount { get; }

    public long[] Sizes { get; }

    /// <summary>Rows that are not noise.</summary>
    public int ClusteredRows { get; }

    /// <summary>
    /// Checks the data and labels and requires 2 ≤ k ≤ (clustered rows − 1), the range in which
    /// the geometric indices are defined.
    /// </summary>
    public static ClusterAssignment Create(Matrix<double> data, IReadOnlyList<int> labels)
    {
        DataChecks.EnsureUsable(data);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != data.Rows)
        {
            throw new ArgumentException($"There are {labels.Count} labels for {data.Rows} rows.", nameof(labels));
        }

        var map = new Dictionary<int, int>();
        var dense = new int[labels.Count];
        var sizes = new List<long>();
        int clustered = 0;
        foreach (int label in labels.Where(l => l >= 0).Distinct().Order())
        {
            map[label] = map.Count;
            sizes.Add(0);
        }

        for (int i = 0; i < dense.Length; i++)
        {
            if (labels[i] < 0)
            {
                dense[i] = IClusterModel.Noise;
                continue;
            }

            int c = map[labels[i]];
            dense[i] = c;
            sizes[c]++;
            clustered++;
        }

        if (map.Count < 2 || map.Count > clustered - 1)
        {
            throw new ArgumentException(
                $"Internal indices need 2 <= clusters <= clustered rows - 1; got {map.Count} clusters over {clustered} non-noise rows.",
                nameof(labels));
        }

        return new ClusterAssignment(dense, map.Count, [.. sizes], clustered);
    }

    /// <summary>Cluster means (k × d, row-major) and the mean of all clustered rows.</summary>
    public (double[] Centroids, double[] OverallMean) Centroids(Matrix<double> data)
    {
        int d = data.Cols;
        var centroids = new double[ClusterCount * d];
        var overall = new double[d];
        for (int i = 0; i < data.Rows; i++)
        {
            int c = Dense[i];
            if (c < 0)
            {
                continue;
            }

            var row = data.RowReadOnly(i);
            var target = centroids.AsSpan(c * d, d);
            for (int f = 0; f < d; f++)
            {
                target[f] += row[f];
                overall[f] += row[f];
            }
        }

        for (int c = 0; c < ClusterCount; c++)
        {
            var target = centroids.AsSpan(c * d, d);
            for (int f = 0; f < d; f++)
            {
                target[f] /= Sizes[c];
            }
        }

        for (int f = 0; f < d; f++)
        {
            overall[f] /= ClusteredRows;
        }

        return (centroids, overall);
    }
}
