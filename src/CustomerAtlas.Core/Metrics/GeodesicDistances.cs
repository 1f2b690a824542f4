using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Graphs;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Shortest-path ("geodesic") distances between all rows along a neighbourhood graph: the edges
/// to each row's M nearest neighbours (both directions) plus the Euclidean minimum spanning tree,
/// which keeps the graph connected, weighted by Euclidean length (as Isomap does). Inside a dense,
/// curved group the geodesic distance follows the group's shape; between groups it must cross the
/// empty space on a long edge. Centroid indices judge a spiral by its straight-line spread; on
/// geodesic distances it is as compact as a blob. Holds an n×n matrix, so meant for a sample of
/// at most a few thousand rows; O(n · E log n) time with E ≈ n · M, sources in parallel
/// (each row's distances are computed independently, so the result does not depend on threads).
/// </summary>
public sealed class GeodesicDistances
{
    /// <summary>Neighbours per row in the default graph. Default 10: enough to bridge the gaps inside a sampled cluster, few enough not to shortcut across neighbouring ones.</summary>
    public const int DefaultNeighbors = 10;

    private readonly double[] _distances;

    private GeodesicDistances(int rows, double[] distances)
    {
        Rows = rows;
        _distances = distances;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Geodesic distance between rows <paramref name="i"/> and <paramref name="j"/>.</summary>
    public double this[int i, int j] => _distances[((long)i * Rows) + j];

    /// <summary>Row <paramref name="i"/> of the distance matrix.</summary>
    public ReadOnlySpan<double> Row(int i) => _distances.AsSpan(i * Rows, Rows);

    /// <summary>Builds the matrix for the rows of <paramref name="data"/> (at least 2, at most 20 000).</summary>
    public static GeodesicDistances Build(
        Matrix<double> data, int neighbors = DefaultNeighbors, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        DataChecks.EnsureUsable(data, nameof(data));
        new ParameterErrors()
            .Require(data.Rows is >= 2 and <= 20_000, nameof(data), $"needs 2 to 20000 rows (got {data.Rows}); pass a sample.")
            .Require(neighbors >= 1, nameof(neighbors), $"must be at least 1 (got {neighbors}).")
            .ThrowIfAny();
        int n = data.Rows;
        var adjacency = Adjacency(data, Math.Min(neighbors, n - 1), maxDegreeOfParallelism, cancellationToken);
        var distances = new double[(long)n * n];
        var blocks = RowBlocks.For(n);
        BlockParallel.For(blocks, maxDegreeOfParallelism, b =>
        {
            var queue = new PriorityQueue<int, double>();
            for (int source = blocks.Start(b); source < blocks.Start(b) + blocks.Length(b); source++)
            {
                ShortestPaths(adjacency, source, distances.AsSpan(source * n, n), queue);
            }
        }, cancellationToken);
        return new GeodesicDistances(n, distances);
    }

    private static List<(int To, double Length)>[] Adjacency(Matrix<double> data, int neighbors, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = data.Rows;
        var adjacency = new List<(int, double)>[n];
        for (int i = 0; i < n; i++)
        {
            adjacency[i] = new List<(int, double)>(2 * neighbors);
        }

        var graph = NearNeighborGraph.Build(data, neighbors, maxDegreeOfParallelism, cancellationToken);
        for (int i = 0; i < n; i++)
        {
            var near = graph.NeighborsOf(i);
            var length = graph.DistancesOf(i);
            for (int j = 0; j < near.Length; j++)
            {
                adjacency[i].Add((near[j], length[j]));
                adjacency[near[j]].Add((i, length[j]));
            }
        }

        var tree = MinimumSpanningTrees.Euclidean(data, SpanningTreeMethod.Auto, maxDegreeOfParallelism, cancellationToken);
        for (int e = 0; e < tree.EdgeCount; e++)
        {
            adjacency[tree.From[e]].Add((tree.To[e], tree.Weight[e]));
            adjacency[tree.To[e]].Add((tree.From[e], tree.Weight[e]));
        }

        return adjacency;
    }

    /// <summary>Dijkstra from <paramref name="source"/>; stale queue entries are skipped rather than decreased.</summary>
    private static void ShortestPaths(List<(int To, double Length)>[] adjacency, int source, Span<double> distance, PriorityQueue<int, double> queue)
    {
        distance.Fill(double.PositiveInfinity);
        distance[source] = 0;
        queue.Clear();
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out int node, out double reached))
        {
            if (reached > distance[node])
            {
                continue;
            }

            foreach (var (to, length) in adjacency[node])
            {
                double candidate = reached + length;
                if (candidate < distance[to])
                {
                    distance[to] = candidate;
                    queue.Enqueue(to, candidate);
                }
            }
        }
    }
}
