using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// Whether every boundary of a partition runs through a density valley, measured on a sample of rows
/// (built once, then applied to any number of partitions of those rows by <see cref="ValleyRatio"/>).
/// </summary>
/// <remarks>
/// <para>A row's core distance is the distance to its M-th nearest other row (small where the data is dense).
/// Where a row and one of its M nearest neighbours lie in different clusters, the two clusters touch there at
/// the level max(core distance of either row, their distance), the mutual-reachability distance of density-based
/// clustering. The easiest passage between two clusters is their lowest such level; the pair's ratio is that
/// passage over the typical (median) core distance inside the sparser of the two. The partition's valley ratio
/// is its smallest pair ratio: at least 1 when every boundary crosses space sparser than the inside of both
/// clusters it separates, below 1 when some boundary slices through a group as dense as the clusters themselves.
/// Clusters that touch nowhere (no neighbour link) do not count; a partition whose clusters touch nowhere has
/// ratio +∞.</para>
/// <para>Unlike silhouette the ratio does not prefer round clusters, and unlike a merge-height gap it is local:
/// background noise far from a boundary does not hide it. It judges a boundary, not how many segments there
/// should be: merging two valid clusters leaves the other boundaries valid, so the search uses it to find the
/// finest partition whose boundaries are all valleys (<see cref="SelectionOptions.ValleyRatio"/>).</para>
/// </remarks>
public sealed class DensityValleys
{
    private readonly int _rows;
    private readonly int _neighbours;
    private readonly int[] _nearest;
    private readonly double[] _distance;
    private readonly double[] _core;

    private DensityValleys(int rows, int neighbours, int[] nearest, double[] distance, double[] core)
    {
        _rows = rows;
        _neighbours = neighbours;
        _nearest = nearest;
        _distance = distance;
        _core = core;
    }

    /// <summary>Finds the <paramref name="neighbours"/> nearest other rows of every row of <paramref name="points"/> (at most rows − 1).</summary>
    public static DensityValleys Build(
        Matrix<double> points, int neighbours, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        var (m, nearest, distance) = NearestOthers.Find(points, neighbours, maxDegreeOfParallelism, cancellationToken);
        int n = points.Rows;
        var core = new double[n];
        for (int i = 0; i < n; i++)
        {
            core[i] = distance[(i * m) + m - 1];
        }

        return new DensityValleys(n, m, nearest, distance, core);
    }

    /// <summary>
    /// The partition's valley ratio (see the remarks): the smallest, over pairs of clusters that touch, of the
    /// easiest passage between them over the sparser cluster's median core distance. Noise (negative labels) is left
    /// out. +∞ when no two clusters touch; NaN when the sparser cluster's median core distance is 0 (duplicates).
    /// </summary>
    public double ValleyRatio(IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != _rows)
        {
            throw new ArgumentException($"labels: expected {_rows} labels (got {labels.Count}).", nameof(labels));
        }

        var typical = TypicalCore(labels);
        var passage = new Dictionary<(int, int), double>();
        for (int i = 0; i < _rows; i++)
        {
            int a = labels[i];
            if (a < 0)
            {
                continue;
            }

            for (int t = 0; t < _neighbours; t++)
            {
                int j = _nearest[(i * _neighbours) + t];
                int b = labels[j];
                if (b < 0 || b == a)
                {
                    continue;
                }

                double level = Math.Max(Math.Max(_core[i], _core[j]), _distance[(i * _neighbours) + t]);
                var pair = a < b ? (a, b) : (b, a);
                passage[pair] = passage.TryGetValue(pair, out double lowest) ? Math.Min(lowest, level) : level;
            }
        }

        double ratio = double.PositiveInfinity;
        foreach (var ((a, b), level) in passage)
        {
            ratio = Math.Min(ratio, level / Math.Max(typical[a], typical[b]));
        }

        return ratio;
    }

    /// <summary>Median core distance of each cluster's rows (the upper median for an even count).</summary>
    private Dictionary<int, double> TypicalCore(IReadOnlyList<int> labels)
    {
        var members = new Dictionary<int, List<double>>();
        for (int i = 0; i < _rows; i++)
        {
            if (labels[i] < 0)
            {
                continue;
            }

            if (!members.TryGetValue(labels[i], out var list))
            {
                members[labels[i]] = list = [];
            }

            list.Add(_core[i]);
        }

        var typical = new Dictionary<int, double>(members.Count);
        foreach (var (label, cores) in members)
        {
            cores.Sort();
            typical[label] = cores[cores.Count / 2];
        }

        return typical;
    }
}
