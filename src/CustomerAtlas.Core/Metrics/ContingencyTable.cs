namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// The counts of rows shared by each (true class, predicted cluster) pair: the common input of
/// every external (label-comparing) metric. Label values are mapped to dense indices in
/// ascending order, so any integers work as labels (a noise label such as -1 is one more class).
/// </summary>
public sealed class ContingencyTable
{
    private readonly long[] _counts;

    private ContingencyTable(int classes, int clusters, long[] counts, long[] classSizes, long[] clusterSizes, long total)
    {
        ClassCount = classes;
        ClusterCount = clusters;
        _counts = counts;
        ClassSizes = classSizes;
        ClusterSizes = clusterSizes;
        Total = total;
    }

    /// <summary>Number of distinct true labels (rows of the table).</summary>
    public int ClassCount { get; }

    /// <summary>Number of distinct predicted labels (columns of the table).</summary>
    public int ClusterCount { get; }

    /// <summary>Rows per true class (row sums).</summary>
    public IReadOnlyList<long> ClassSizes { get; }

    /// <summary>Rows per predicted cluster (column sums).</summary>
    public IReadOnlyList<long> ClusterSizes { get; }

    /// <summary>Total number of rows.</summary>
    public long Total { get; }

    /// <summary>Rows with true class <paramref name="classIndex"/> and predicted cluster <paramref name="clusterIndex"/>.</summary>
    public long this[int classIndex, int clusterIndex] => _counts[(classIndex * ClusterCount) + clusterIndex];

    /// <summary>Tabulates two labellings of the same rows.</summary>
    /// <exception cref="ArgumentException">The labellings differ in length or are empty.</exception>
    public static ContingencyTable Create(IReadOnlyList<int> trueLabels, IReadOnlyList<int> predictedLabels)
    {
        ArgumentNullException.ThrowIfNull(trueLabels);
        ArgumentNullException.ThrowIfNull(predictedLabels);
        if (trueLabels.Count != predictedLabels.Count)
        {
            throw new ArgumentException(
                $"The labellings differ in length ({trueLabels.Count} true, {predictedLabels.Count} predicted).",
                nameof(predictedLabels));
        }

        if (trueLabels.Count == 0)
        {
            throw new ArgumentException("The labellings are empty.", nameof(trueLabels));
        }

        int[] classOf = DenseLabels.Encode(trueLabels, out int classes);
        int[] clusterOf = DenseLabels.Encode(predictedLabels, out int clusters);
        var counts = new long[(long)classes * clusters];
        var classSizes = new long[classes];
        var clusterSizes = new long[clusters];
        for (int i = 0; i < classOf.Length; i++)
        {
            counts[(classOf[i] * clusters) + clusterOf[i]]++;
            classSizes[classOf[i]]++;
            clusterSizes[clusterOf[i]]++;
        }

        return new ContingencyTable(classes, clusters, counts, classSizes, clusterSizes, classOf.Length);
    }

    /// <summary>Visits every non-zero cell as (class, cluster, count).</summary>
    internal IEnumerable<(int Class, int Cluster, long Count)> NonZeroCells()
    {
        for (int i = 0; i < ClassCount; i++)
        {
            for (int j = 0; j < ClusterCount; j++)
            {
                long c = _counts[(i * ClusterCount) + j];
                if (c != 0)
                {
                    yield return (i, j, c);
                }
            }
        }
    }
}
