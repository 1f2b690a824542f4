using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// The <see cref="Neighbors"/> nearest other rows of every row (Euclidean, nearest first, ties by
/// the smaller row index), computed once so that many labelings of the same rows can be scored by
/// the near-neighbour indices of NearNeighborValidity in O(n · M) each.
/// </summary>
public sealed class NearNeighborGraph
{
    private readonly int[] _indices;
    private readonly double[] _distances;

    private NearNeighborGraph(int rows, int neighbors, int[] indices, double[] distances)
    {
        Rows = rows;
        Neighbors = neighbors;
        _indices = indices;
        _distances = distances;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Neighbours kept per row (M).</summary>
    public int Neighbors { get; }

    /// <summary>Builds the graph of <paramref name="data"/> with <paramref name="neighbors"/> neighbours per row (at most rows − 1).</summary>
    public static NearNeighborGraph Build(
        Matrix<double> data, int neighbors, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        DataChecks.EnsureUsable(data, nameof(data));
        new ParameterErrors()
            .Require(data.Rows >= 2, nameof(data), $"needs at least 2 rows (got {data.Rows}).")
            .Require(neighbors >= 1 && neighbors < data.Rows, nameof(neighbors), $"must lie in [1, {data.Rows - 1}] (got {neighbors}).")
            .ThrowIfAny();
        int n = data.Rows;
        int asked = neighbors + 1;
        var (found, squared) = new KdTree(data).KNearestAll(data, asked, maxDegreeOfParallelism, cancellationToken);
        var indices = new int[n * neighbors];
        var distances = new double[n * neighbors];
        for (int i = 0; i < n; i++)
        {
            // The row itself is among its neighbours+1 nearest (distance 0); drop it, keep the rest in order.
            int kept = 0;
            for (int j = 0; j < asked && kept < neighbors; j++)
            {
                int other = found[(i * asked) + j];
                if (other == i)
                {
                    continue;
                }

                indices[(i * neighbors) + kept] = other;
                distances[(i * neighbors) + kept] = Math.Sqrt(squared[(i * asked) + j]);
                kept++;
            }
        }

        return new NearNeighborGraph(n, neighbors, indices, distances);
    }

    /// <summary>The neighbours of <paramref name="row"/>, nearest first.</summary>
    public ReadOnlySpan<int> NeighborsOf(int row) => _indices.AsSpan(row * Neighbors, Neighbors);

    /// <summary>Distances from <paramref name="row"/> to its neighbours, ascending.</summary>
    public ReadOnlySpan<double> DistancesOf(int row) => _distances.AsSpan(row * Neighbors, Neighbors);
}
