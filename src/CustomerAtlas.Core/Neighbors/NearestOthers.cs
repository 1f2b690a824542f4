using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// The M nearest other rows of every row of a sample, its own row left out: what the automatic search's neighbour
/// measures (the neighbour graph, the density valleys) are built from.
/// </summary>
internal static class NearestOthers
{
    /// <summary>
    /// For every row of <paramref name="points"/>, its <paramref name="neighbours"/> nearest other rows (at most rows − 1),
    /// nearest first, as row-major n × M arrays of indices and Euclidean distances; M is returned with them.
    /// </summary>
    public static (int Neighbours, int[] Indices, double[] Distances) Find(
        Matrix<double> points, int neighbours, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (neighbours < 1)
        {
            throw new ArgumentException($"neighbours: must be at least 1 (got {neighbours}).", nameof(neighbours));
        }

        if (points.Rows < 2)
        {
            throw new ArgumentException($"points: at least 2 rows are needed (got {points.Rows}).", nameof(points));
        }

        int n = points.Rows;
        int m = Math.Min(neighbours, n - 1);
        var (found, squared) = new KdTree(points).KNearestAll(points, m + 1, maxDegreeOfParallelism, cancellationToken);
        var indices = new int[n * m];
        var distances = new double[n * m];
        for (int i = 0; i < n; i++)
        {
            // The row itself is among its own nearest (first unless it has duplicates); keep the other m.
            int taken = 0;
            for (int j = 0; j <= m && taken < m; j++)
            {
                int other = found[(i * (m + 1)) + j];
                if (other == i)
                {
                    continue;
                }

                indices[(i * m) + taken] = other;
                distances[(i * m) + taken] = Math.Sqrt(squared[(i * (m + 1)) + j]);
                taken++;
            }
        }

        return (m, indices, distances);
    }
}
