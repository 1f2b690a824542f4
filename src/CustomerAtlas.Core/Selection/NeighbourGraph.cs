using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// The symmetric M-nearest-neighbour graph of a sample of rows (an edge where either row is among
/// the other's M nearest), built once and then used to score any number of partitions of those rows
/// by <see cref="Modularity"/>: how many more graph edges fall inside clusters than chance would put
/// there. A partition that follows the data's density valleys (whatever its shape) cuts few
/// neighbour edges; one that slices through a dense group cuts many, so unlike silhouette the index
/// does not favour round clusters, and unlike the plain share of neighbours kept it corrects for k.
/// </summary>
public sealed class NeighbourGraph
{
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly int[] _degree;

    private NeighbourGraph(int rows, int[] from, int[] to)
    {
        Rows = rows;
        _from = from;
        _to = to;
        _degree = new int[rows];
        for (int e = 0; e < from.Length; e++)
        {
            _degree[from[e]]++;
            _degree[to[e]]++;
        }
    }

    /// <summary>Rows (graph nodes).</summary>
    public int Rows { get; }

    /// <summary>Distinct undirected edges.</summary>
    public int EdgeCount => _from.Length;

    /// <summary>Builds the graph of <paramref name="points"/> with <paramref name="neighbours"/> nearest neighbours per row (self excluded).</summary>
    public static NeighbourGraph Build(
        Matrix<double> points, int neighbours, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        var (m, indices, _) = NearestOthers.Find(points, neighbours, maxDegreeOfParallelism, cancellationToken);
        int n = points.Rows;
        var keys = new List<long>(n * m);
        for (int i = 0; i < n; i++)
        {
            for (int t = 0; t < m; t++)
            {
                int other = indices[(i * m) + t];
                keys.Add(((long)Math.Min(i, other) * n) + Math.Max(i, other));
            }
        }

        keys.Sort();
        var from = new List<int>(keys.Count);
        var to = new List<int>(keys.Count);
        for (int e = 0; e < keys.Count; e++)
        {
            if (e > 0 && keys[e] == keys[e - 1])
            {
                continue;
            }

            from.Add((int)(keys[e] / n));
            to.Add((int)(keys[e] % n));
        }

        return new NeighbourGraph(n, [.. from], [.. to]);
    }

    /// <summary>
    /// Newman's modularity of <paramref name="labels"/> (one per row; −1 = noise, each noise row a
    /// cluster of its own) at a <paramref name="resolution"/> γ: Σ over clusters of (edges inside /
    /// all edges − γ · (degree sum / 2·edges)²). At γ = 1 in [−½, 1); 0 for one cluster, higher when
    /// clusters keep their neighbours. γ &gt; 1 asks more of each cluster, so fewer, larger clusters win.
    /// </summary>
    public double Modularity(IReadOnlyList<int> labels, double resolution = 1)
    {
        var (inside, expected) = ModularityTerms(labels);
        return ModularityFromTerms(inside, expected, resolution);
    }

    /// <summary>
    /// <see cref="Modularity"/> from its two terms (<see cref="ModularityTerms"/>): the share of edges
    /// <paramref name="inside"/> clusters less <paramref name="resolution"/> γ times the share a random graph
    /// would put there (<paramref name="expected"/>), so terms measured once can be weighed at any γ.
    /// </summary>
    public static double ModularityFromTerms(double inside, double expected, double resolution = 1) =>
        inside - (resolution * expected);

    /// <summary>
    /// The edges a partition cuts relative to the edges a random graph with the same degrees would cut, from its
    /// <see cref="ModularityTerms"/>: (1 − <paramref name="inside"/>) / (1 − <paramref name="expected"/>). Unlike modularity it
    /// does not reward equal segment sizes: a partition into one large and one small group that cuts almost no edge
    /// scores near 0 however unequal the groups. +∞ when chance would cut nothing (a single segment).
    /// </summary>
    public static double CutRatio(double inside, double expected) =>
        expected < 1 ? Math.Max(0, 1 - inside) / (1 - expected) : double.PositiveInfinity;

    /// <summary>
    /// The two terms of <see cref="Modularity"/>: the share of edges inside clusters, and the share a
    /// random graph with the same degrees would put there (Σ of squared degree shares).
    /// </summary>
    public (double Inside, double Expected) ModularityTerms(IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != Rows)
        {
            throw new ArgumentException($"labels: expected {Rows} labels, got {labels.Count}.", nameof(labels));
        }

        long inside = 0;
        var degreeSum = new Dictionary<int, long>();
        double expected = 0;
        double twiceEdges = 2.0 * EdgeCount;
        for (int i = 0; i < Rows; i++)
        {
            if (labels[i] < 0)
            {
                double share = _degree[i] / twiceEdges;
                expected += share * share;
            }
            else
            {
                degreeSum[labels[i]] = degreeSum.GetValueOrDefault(labels[i]) + _degree[i];
            }
        }

        for (int e = 0; e < _from.Length; e++)
        {
            int a = labels[_from[e]];
            if (a >= 0 && a == labels[_to[e]])
            {
                inside++;
            }
        }

        foreach (long degree in degreeSum.Values)
        {
            double share = degree / twiceEdges;
            expected += share * share;
        }

        return (inside / (double)EdgeCount, expected);
    }

    /// <summary>
    /// Edges between and inside the clusters of <paramref name="labels"/> (one per row; −1 = noise,
    /// whose edges are left out): entry [a · k + b] of the returned k × k matrix (k = largest label + 1,
    /// symmetric) counts the edges joining a row of cluster a to a row of cluster b, the diagonal those
    /// inside a cluster. Which clusters share a dense seam (many edges between them for their sizes) tells
    /// where a partition slices through a group.
    /// </summary>
    public long[] ClusterEdgeCounts(IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != Rows)
        {
            throw new ArgumentException($"labels: expected {Rows} labels, got {labels.Count}.", nameof(labels));
        }

        int k = 0;
        for (int i = 0; i < Rows; i++)
        {
            k = Math.Max(k, labels[i] + 1);
        }

        var counts = new long[k * k];
        for (int e = 0; e < _from.Length; e++)
        {
            int a = labels[_from[e]];
            int b = labels[_to[e]];
            if (a < 0 || b < 0)
            {
                continue;
            }

            counts[(a * k) + b]++;
            if (a != b)
            {
                counts[(b * k) + a]++;
            }
        }

        return counts;
    }

    /// <summary>
    /// The densest seam of <paramref name="labels"/>: over every pair of clusters, the edges joining them divided
    /// by the smaller cluster's degree sum (the pair's conductance), the largest value; 0 when no edge joins two
    /// clusters. A cluster boundary that runs through a dense group shows as a seam that many of the smaller
    /// side's edges cross; a boundary along a density valley is crossed by few.
    /// </summary>
    public double DensestSeam(IReadOnlyList<int> labels) => DensestSeam(ClusterEdgeCounts(labels));

    /// <summary>The densest seam (<see cref="DensestSeam(IReadOnlyList{int})"/>) of a k × k matrix of <see cref="ClusterEdgeCounts"/>.</summary>
    public static double DensestSeam(IReadOnlyList<long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int k = (int)Math.Round(Math.Sqrt(counts.Count));
        if (k * k != counts.Count)
        {
            throw new ArgumentException($"counts: expected a square matrix, got {counts.Count} entries.", nameof(counts));
        }

        var degree = new long[k];
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                degree[a] += (a == b ? 2 : 1) * counts[(a * k) + b];
            }
        }

        double densest = 0;
        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++)
            {
                long smaller = Math.Min(degree[a], degree[b]);
                if (smaller > 0)
                {
                    densest = Math.Max(densest, counts[(a * k) + b] / (double)smaller);
                }
            }
        }

        return densest;
    }
}
