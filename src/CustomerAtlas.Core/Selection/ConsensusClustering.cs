using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;

namespace CustomerAtlas.Core.Selection;

/// <summary>The consensus of several good partitions of the same rows.</summary>
/// <param name="Labels">Consensus segment of each row (0..ClusterCount−1).</param>
/// <param name="ClusterCount">Number of consensus segments.</param>
/// <param name="Partitions">How many partitions voted.</param>
/// <param name="AgreementWithReference">ARI between the consensus and the reference (chosen) partition.</param>
/// <param name="SegmentCoAssociation">
/// [a][b]: mean co-association of a row of reference segment a with a row of segment b (a ≠ b rows).
/// A high diagonal and a low off-diagonal mean the good candidates agree on the segments.
/// </param>
public sealed record ConsensusReport(
    int[] Labels,
    int ClusterCount,
    int Partitions,
    double AgreementWithReference,
    IReadOnlyList<IReadOnlyList<double>> SegmentCoAssociation);

/// <summary>
/// Evidence accumulation (Fred &amp; Jain 2005): the co-association of two rows is the share of
/// partitions that put them together; the consensus partition is the average-linkage tree on
/// 1 − co-association, cut at the requested number of segments.
/// </summary>
/// <remarks>
/// Each row is encoded as the concatenation of its one-hot labels over the partitions. The squared
/// Euclidean distance of two such rows is 2M(1 − co-association), a positive multiple, so average
/// linkage on it gives exactly the average-linkage tree of 1 − co-association without forming the
/// n × n matrix here. Noise (−1) counts as a group of its own within each partition.
/// </remarks>
public static class ConsensusClustering
{
    /// <summary>Co-association of every pair of rows (n × n, row-major); for small n and tests.</summary>
    public static double[] CoAssociation(IReadOnlyList<int[]> partitions)
    {
        int n = CheckPartitions(partitions);
        var result = new double[n * n];
        foreach (var labels in partitions)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (labels[i] == labels[j])
                    {
                        result[(i * n) + j] += 1.0 / partitions.Count;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Builds the consensus of <paramref name="partitions"/> with <paramref name="clusterCount"/> segments.</summary>
    public static ConsensusReport Build(
        IReadOnlyList<int[]> partitions,
        int clusterCount,
        int[] reference,
        Func<int[], int[], double> adjustedRand,
        CancellationToken cancellationToken = default)
    {
        int n = CheckPartitions(partitions);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(adjustedRand);
        if (reference.Length != n)
        {
            throw new ArgumentException($"reference has {reference.Length} labels but the partitions have {n}.", nameof(reference));
        }

        var labels = Partition(partitions, clusterCount, cancellationToken);
        return new ConsensusReport(
            labels,
            clusterCount,
            partitions.Count,
            adjustedRand(reference, labels),
            SegmentCoAssociation(partitions, reference));
    }

    /// <summary>
    /// The consensus partition alone: average linkage on 1 − co-association of
    /// <paramref name="partitions"/>, cut at <paramref name="clusterCount"/> segments.
    /// </summary>
    public static int[] Partition(IReadOnlyList<int[]> partitions, int clusterCount, CancellationToken cancellationToken = default)
    {
        int n = CheckPartitions(partitions);
        if (clusterCount < 1 || clusterCount > n)
        {
            throw new ArgumentOutOfRangeException(nameof(clusterCount), clusterCount, $"must be in 1..{n}.");
        }

        var tree = new AgglomerativeClusterer(new AgglomerativeOptions
        {
            ClusterCount = clusterCount,
            Linkage = Linkage.Average,
            Metric = DistanceMetric.SquaredEuclidean,
        }).Fit(OneHot(partitions), cancellationToken);
        return tree.Labels.ToArray();
    }

    private static int CheckPartitions(IReadOnlyList<int[]> partitions)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        if (partitions.Count == 0)
        {
            throw new ArgumentException("At least one partition is required.", nameof(partitions));
        }

        int n = partitions[0].Length;
        if (partitions.Any(p => p.Length != n))
        {
            throw new ArgumentException("All partitions must label the same rows.", nameof(partitions));
        }

        return n;
    }

    private static Matrix<double> OneHot(IReadOnlyList<int[]> partitions)
    {
        int n = partitions[0].Length;
        var offsets = new List<Dictionary<int, int>>();
        int width = 0;
        foreach (var labels in partitions)
        {
            var map = new Dictionary<int, int>();
            foreach (int l in labels.Distinct().Order())
            {
                map[l] = width++;
            }

            offsets.Add(map);
        }

        var matrix = new Matrix<double>(n, width);
        for (int m = 0; m < partitions.Count; m++)
        {
            for (int i = 0; i < n; i++)
            {
                matrix[i, offsets[m][partitions[m][i]]] = 1;
            }
        }

        return matrix;
    }

    // Mean co-association between segments from per-partition contingency counts, O(M·k·groups).
    private static double[][] SegmentCoAssociation(IReadOnlyList<int[]> partitions, int[] reference)
    {
        int k = reference.Length == 0 ? 0 : Math.Max(0, reference.Max() + 1);
        var sizes = new long[k];
        foreach (int r in reference)
        {
            if (r >= 0)
            {
                sizes[r]++;
            }
        }

        var together = new double[k, k];
        foreach (var labels in partitions)
        {
            var counts = new Dictionary<int, long[]>();
            for (int i = 0; i < reference.Length; i++)
            {
                if (reference[i] < 0)
                {
                    continue;
                }

                if (!counts.TryGetValue(labels[i], out var perSegment))
                {
                    counts[labels[i]] = perSegment = new long[k];
                }

                perSegment[reference[i]]++;
            }

            foreach (var perSegment in counts.Values)
            {
                for (int a = 0; a < k; a++)
                {
                    for (int b = 0; b < k; b++)
                    {
                        together[a, b] += (double)perSegment[a] * perSegment[b];
                    }
                }
            }
        }

        var result = new double[k][];
        for (int a = 0; a < k; a++)
        {
            result[a] = new double[k];
            for (int b = 0; b < k; b++)
            {
                // Pairs of distinct rows: within a segment, remove each row paired with itself.
                double pairs = a == b ? (double)sizes[a] * (sizes[a] - 1) : (double)sizes[a] * sizes[b];
                double sum = a == b ? together[a, b] - (sizes[a] * partitions.Count) : together[a, b];
                result[a][b] = pairs > 0 ? sum / (pairs * partitions.Count) : 0;
            }
        }

        return result;
    }
}
