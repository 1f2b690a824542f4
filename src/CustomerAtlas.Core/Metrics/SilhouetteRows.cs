using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// The silhouette's distance kernel: sums, for each row of a block, its Euclidean distances to every
/// clustered row per cluster, never holding more than one tile of distances. The data is centered
/// (which keeps the expanded form ‖x‖² + ‖y‖² − 2x·y accurate) and cut into column chunks laid out for
/// <see cref="DistanceTile"/>; a row's sums run over the other rows in index order, so every row gets
/// the same bits whatever the blocking of the rows or the number of threads.
/// </summary>
internal sealed class SilhouetteRows
{
    private const int ChunkRows = 256;

    private readonly double[] _centered;
    private readonly CentroidPanel<double>[] _chunks;
    private readonly int _rows;
    private readonly int _dimension;

    public SilhouetteRows(Matrix<double> data)
    {
        _rows = data.Rows;
        _dimension = data.Cols;
        _centered = Center(data);
        int chunks = (_rows + ChunkRows - 1) / ChunkRows;
        _chunks = new CentroidPanel<double>[chunks];
        for (int c = 0; c < chunks; c++)
        {
            int first = c * ChunkRows;
            int count = Math.Min(ChunkRows, _rows - first);
            _chunks[c] = new CentroidPanel<double>(_centered.AsSpan(first * _dimension, count * _dimension), count, _dimension);
        }
    }

    /// <summary>Rows a caller may pass to <see cref="AccumulateClusterDistances"/> at once.</summary>
    public static int MaxBlockRows => DistanceTile.TileRows;

    /// <summary>
    /// sums[(i − start)·k + c] = Σ over rows j ≠ i of cluster c of ‖x_i − x_j‖, for clustered rows i in
    /// [start, end) (at most <see cref="MaxBlockRows"/>); noise rows (cluster −1) are skipped on both sides.
    /// </summary>
    public void AccumulateClusterDistances(int start, int end, int[] cluster, int k, Scratch scratch)
    {
        int count = end - start;
        var sums = scratch.Sums;
        var distances = scratch.Distances;
        var norms = scratch.Norms;
        Array.Clear(sums);
        var block = _centered.AsSpan(start * _dimension, count * _dimension);
        for (int c = 0; c < _chunks.Length; c++)
        {
            var panel = _chunks[c];
            int first = c * ChunkRows;
            int stride = panel.PaddedCount;
            DistanceTile.Compute<double>(block, count, panel, distances, norms);
            for (int r = 0; r < count; r++)
            {
                int i = start + r;
                if (cluster[i] < 0)
                {
                    continue;
                }

                var row = distances.AsSpan(r * stride, panel.Count);
                System.Numerics.Tensors.TensorPrimitives.Sqrt(row, row);
                var target = sums.AsSpan(r * k, k);
                for (int j = 0; j < row.Length; j++)
                {
                    int cj = cluster[first + j];
                    if (cj >= 0 && first + j != i)
                    {
                        target[cj] += row[j];
                    }
                }
            }
        }
    }

    /// <summary>Per-thread buffers: one tile of distances and the per-cluster sums of a block.</summary>
    public sealed class Scratch(int clusters)
    {
        public double[] Sums { get; } = new double[MaxBlockRows * clusters];

        /// <summary>A chunk's padded width never exceeds <see cref="ChunkRows"/> (a multiple of every vector width).</summary>
        public double[] Distances { get; } = new double[MaxBlockRows * ChunkRows];

        public double[] Norms { get; } = new double[MaxBlockRows];
    }

    private static double[] Center(Matrix<double> data)
    {
        int n = data.Rows, d = data.Cols;
        var mean = new double[d];
        for (int i = 0; i < n; i++)
        {
            var row = data.RowReadOnly(i);
            for (int f = 0; f < d; f++)
            {
                mean[f] += row[f];
            }
        }

        var centered = new double[n * d];
        for (int i = 0; i < n; i++)
        {
            var row = data.RowReadOnly(i);
            for (int f = 0; f < d; f++)
            {
                centered[(i * d) + f] = row[f] - (mean[f] / n);
            }
        }

        return centered;
    }
}
