using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Graphs;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// DBSCAN for low dimensions over a uniform grid (Gunawan 2013; Gan &amp; Tao 2015) instead of a k-d tree.
/// Cells have side eps/√d (a hair less, so rounding can never stretch a cell), so any two points of one
/// cell are within eps: a cell holding at least MinSamples points makes all of them core, and all core
/// points of a cell are one component. The rest is exact distance checks against the few cells within
/// reach: counting stops at MinSamples, core components are a union-find over cells (one core pair within
/// eps joins two cells), and a border point takes its nearest core point within eps (ties: smaller row),
/// exactly as the k-d tree path does. No neighbour list is ever materialized.
/// </summary>
internal sealed class GridDbscan
{
    /// <summary>Highest dimension the grid is used for: the reachable cells grow as 5^d.</summary>
    public const int MaxDimensions = 3;

    /// <summary>Shrinks the cell side so that rounding in the cell arithmetic cannot put two points farther than eps apart into one cell.</summary>
    private const double SideShrink = 1 - 1e-9;

    /// <summary>Cells per parallel work item.</summary>
    private const int CellBlock = 256;

    private readonly int _d;
    private readonly double _eps2;
    private readonly double[] _points; // rows in cell order
    private readonly int[] _rowOf; // original row of each sorted position
    private readonly int[] _cellStart; // cell c holds sorted positions [_cellStart[c], _cellStart[c + 1])
    private readonly int[] _neighbourStart; // CSR lists of the cells within reach of each cell (itself included)
    private readonly int[] _neighbours;
    private readonly int[] _coreEnd; // after partitioning, the core points of cell c are [_cellStart[c], _coreEnd[c])
    private readonly double[] _cellLow; // bounding box of each cell's points, d values per cell
    private readonly double[] _cellHigh;

    private GridDbscan(int d, double eps, double[] points, int[] rowOf, int[] cellStart, int[] neighbourStart, int[] neighbours)
    {
        _d = d;
        _eps2 = eps * eps;
        _points = points;
        _rowOf = rowOf;
        _cellStart = cellStart;
        _neighbourStart = neighbourStart;
        _neighbours = neighbours;
        _coreEnd = new int[cellStart.Length - 1];
        int cells = cellStart.Length - 1;
        _cellLow = new double[cells * d];
        _cellHigh = new double[cells * d];
        Array.Fill(_cellLow, double.PositiveInfinity);
        Array.Fill(_cellHigh, double.NegativeInfinity);
        for (int c = 0; c < cells; c++)
        {
            for (int p = cellStart[c]; p < cellStart[c + 1]; p++)
            {
                for (int j = 0; j < d; j++)
                {
                    _cellLow[(c * d) + j] = Math.Min(_cellLow[(c * d) + j], points[(p * d) + j]);
                    _cellHigh[(c * d) + j] = Math.Max(_cellHigh[(c * d) + j], points[(p * d) + j]);
                }
            }
        }
    }

    private int CellCount => _cellStart.Length - 1;

    /// <summary>
    /// Runs DBSCAN on the grid, or returns null when the grid would need more cell coordinates than a
    /// 64-bit key holds (data spread over billions of eps-cells), in which case the k-d tree path is used.
    /// </summary>
    public static DbscanResult? TryFit(Matrix<double> data, double eps, int minSamples, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var grid = Build(data, eps);
        if (grid is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var isCore = grid.FindCorePoints(minSamples, maxDegreeOfParallelism, cancellationToken);
        grid.PartitionCoreFirst(isCore);
        cancellationToken.ThrowIfCancellationRequested();
        var cellComponent = grid.ConnectCoreCells();
        return grid.Label(data.Rows, isCore, cellComponent, maxDegreeOfParallelism, cancellationToken);
    }

    private static GridDbscan? Build(Matrix<double> data, double eps)
    {
        int n = data.Rows, d = data.Cols;
        double side = eps / Math.Sqrt(d) * SideShrink;
        var min = new double[d];
        var extent = new long[d];
        double keySpace = n;
        for (int j = 0; j < d; j++)
        {
            double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                double v = data[i, j];
                lo = Math.Min(lo, v);
                hi = Math.Max(hi, v);
            }

            double cells = Math.Floor((hi - lo) / side) + 1;
            keySpace *= cells;
            if (!(keySpace < 4e18))
            {
                return null;
            }

            min[j] = lo;
            extent[j] = (long)cells;
        }

        // Sort rows by (cell key, row): the key orders cells lexicographically by coordinate.
        var keys = new long[n];
        var rows = new int[n];
        for (int i = 0; i < n; i++)
        {
            long cell = 0;
            var x = data.RowReadOnly(i);
            for (int j = 0; j < d; j++)
            {
                long c = Math.Min(extent[j] - 1, (long)((x[j] - min[j]) / side));
                cell = (cell * extent[j]) + c;
            }

            keys[i] = (cell * n) + i;
            rows[i] = i;
        }

        Array.Sort(keys, rows);
        var points = new double[(long)n * d];
        var cellStarts = new List<int>();
        var cellKeys = new List<long>();
        for (int p = 0; p < n; p++)
        {
            long cell = keys[p] / n;
            if (p == 0 || cell != cellKeys[^1])
            {
                cellStarts.Add(p);
                cellKeys.Add(cell);
            }

            data.RowReadOnly(rows[p]).CopyTo(points.AsSpan(p * d, d));
        }

        cellStarts.Add(n);
        var (neighbourStart, neighbours) = Neighbours(cellKeys, extent);
        return new GridDbscan(d, eps, points, rows, [.. cellStarts], neighbourStart, neighbours);
    }

    /// <summary>
    /// For every cell, the occupied cells at most two steps away along every axis (itself first). With
    /// side eps/√d, a cell three steps away is farther than eps from every point, and d ≤ 3 keeps this at
    /// most 125 candidates.
    /// </summary>
    private static (int[] Start, int[] Cells) Neighbours(List<long> cellKeys, long[] extent)
    {
        int d = extent.Length;
        var index = new Dictionary<long, int>(cellKeys.Count);
        for (int c = 0; c < cellKeys.Count; c++)
        {
            index[cellKeys[c]] = c;
        }

        var coordinates = new long[d];
        var start = new int[cellKeys.Count + 1];
        var cells = new List<int>(cellKeys.Count * 9);
        // Nearest cells first, so that counting up to MinSamples usually stops early.
        var order = Enumerable.Range(0, (int)Math.Pow(5, d)).OrderBy(code => Ring(code, d)).ThenBy(code => code).ToArray();
        for (int c = 0; c < cellKeys.Count; c++)
        {
            start[c] = cells.Count;
            cells.Add(c);
            long key = cellKeys[c];
            for (int j = d - 1; j >= 0; j--)
            {
                coordinates[j] = key % extent[j];
                key /= extent[j];
            }

            foreach (int code0 in order)
            {
                long neighbour = 0;
                bool inside = true;
                bool self = true;
                int code = code0;
                for (int j = 0; j < d; j++)
                {
                    long step = (code % 5) - 2;
                    code /= 5;
                    long coordinate = coordinates[j] + step;
                    inside &= coordinate >= 0 && coordinate < extent[j];
                    self &= step == 0;
                    neighbour = (neighbour * extent[j]) + coordinate;
                }

                if (inside && !self && index.TryGetValue(neighbour, out int other))
                {
                    cells.Add(other);
                }
            }
        }

        start[cellKeys.Count] = cells.Count;
        return (start, [.. cells]);
    }

    /// <summary>Squared gap, in cell steps, between a cell and the one at offset <paramref name="code"/> (base-5 digits, 2 = no step).</summary>
    private static int Ring(int code, int d)
    {
        int gap = 0;
        for (int j = 0; j < d; j++, code /= 5)
        {
            int step = Math.Abs((code % 5) - 2);
            gap += step * step;
        }

        return gap;
    }

    /// <summary>Core flag per sorted position: at least minSamples points (itself included) within eps.</summary>
    private bool[] FindCorePoints(int minSamples, int degree, CancellationToken cancellationToken)
    {
        var isCore = new bool[_rowOf.Length];
        var blocks = RowBlocks.OfSize(CellCount, CellBlock);
        BlockParallel.For(blocks, degree, b =>
        {
            for (int cell = blocks.Start(b), end = cell + blocks.Length(b); cell < end; cell++)
            {
                int size = _cellStart[cell + 1] - _cellStart[cell];
                for (int p = _cellStart[cell]; p < _cellStart[cell + 1]; p++)
                {
                    isCore[p] = size >= minSamples || CountWithin(p, cell, minSamples - size) >= minSamples - size;
                }
            }
        }, cancellationToken);
        return isCore;
    }

    /// <summary>Points of the other reachable cells within eps of sorted position p, counting up to <paramref name="enough"/>.</summary>
    private int CountWithin(int p, int cell, int enough)
    {
        var x = _points.AsSpan(p * _d, _d);
        int count = 0;
        for (int k = _neighbourStart[cell] + 1; k < _neighbourStart[cell + 1]; k++)
        {
            int other = _neighbours[k];
            if (FarthestCornerSquared(x, other) <= _eps2)
            {
                // The whole cell lies within eps: count it without distance checks.
                count += _cellStart[other + 1] - _cellStart[other];
                if (count >= enough)
                {
                    return count;
                }

                continue;
            }

            for (int q = _cellStart[other]; q < _cellStart[other + 1]; q++)
            {
                if (SquaredDistance(x, q) <= _eps2 && ++count >= enough)
                {
                    return count;
                }
            }
        }

        return count;
    }

    /// <summary>Reorders every cell so its core points come first (by sorted position), recording where they end.</summary>
    private void PartitionCoreFirst(bool[] isCore)
    {
        var buffer = new double[_d];
        for (int cell = 0; cell < CellCount; cell++)
        {
            int next = _cellStart[cell];
            for (int p = _cellStart[cell]; p < _cellStart[cell + 1]; p++)
            {
                if (!isCore[p])
                {
                    continue;
                }

                if (p != next)
                {
                    Swap(p, next, isCore, buffer);
                }

                next++;
            }

            _coreEnd[cell] = next;
        }
    }

    private void Swap(int p, int q, bool[] isCore, double[] buffer)
    {
        (_rowOf[p], _rowOf[q]) = (_rowOf[q], _rowOf[p]);
        (isCore[p], isCore[q]) = (isCore[q], isCore[p]);
        var a = _points.AsSpan(p * _d, _d);
        var b = _points.AsSpan(q * _d, _d);
        a.CopyTo(buffer);
        b.CopyTo(a);
        buffer.CopyTo(b);
    }

    /// <summary>Union-find over cells with core points: two cells join when some pair of their core points is within eps.</summary>
    private DisjointSets ConnectCoreCells()
    {
        var sets = new DisjointSets(CellCount);
        for (int cell = 0; cell < CellCount; cell++)
        {
            if (_coreEnd[cell] == _cellStart[cell])
            {
                continue;
            }

            for (int k = _neighbourStart[cell] + 1; k < _neighbourStart[cell + 1]; k++)
            {
                int other = _neighbours[k];
                if (other > cell && _coreEnd[other] > _cellStart[other] && sets.Find(cell) != sets.Find(other) && AnyCorePairWithin(cell, other))
                {
                    sets.Union(cell, other);
                }
            }
        }

        return sets;
    }

    private bool AnyCorePairWithin(int a, int b)
    {
        for (int p = _cellStart[a]; p < _coreEnd[a]; p++)
        {
            var x = _points.AsSpan(p * _d, _d);
            for (int q = _cellStart[b]; q < _coreEnd[b]; q++)
            {
                if (SquaredDistance(x, q) <= _eps2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Cluster numbers (by the smallest core row of each component, as the k-d tree path numbers them),
    /// then every non-core row's nearest core point within eps.
    /// </summary>
    private DbscanResult Label(int n, bool[] isCore, DisjointSets cellComponent, int degree, CancellationToken cancellationToken)
    {
        var positionOf = new int[n];
        var cellOf = new int[n];
        for (int cell = 0; cell < CellCount; cell++)
        {
            for (int p = _cellStart[cell]; p < _cellStart[cell + 1]; p++)
            {
                positionOf[_rowOf[p]] = p;
                cellOf[p] = cell;
            }
        }

        var clusterOfRoot = new int[CellCount];
        Array.Fill(clusterOfRoot, -1);
        var labels = new int[n];
        var coreIndices = new List<int>();
        var coreLabels = new List<int>();
        int clusters = 0;
        for (int row = 0; row < n; row++)
        {
            int p = positionOf[row];
            if (!isCore[p])
            {
                continue;
            }

            int root = cellComponent.Find(cellOf[p]);
            if (clusterOfRoot[root] < 0)
            {
                clusterOfRoot[root] = clusters++;
            }

            labels[row] = clusterOfRoot[root];
            coreIndices.Add(row);
            coreLabels.Add(labels[row]);
        }

        var blocks = RowBlocks.OfSize(n, CellBlock * 16);
        BlockParallel.For(blocks, degree, b =>
        {
            for (int row = blocks.Start(b), end = row + blocks.Length(b); row < end; row++)
            {
                int p = positionOf[row];
                if (isCore[p])
                {
                    continue;
                }

                int nearest = NearestCore(p, cellOf[p]);
                labels[row] = nearest < 0 ? IClusterModel.Noise : labels[_rowOf[nearest]];
            }
        }, cancellationToken);
        return new DbscanResult(labels, coreIndices, [.. coreLabels], clusters);
    }

    /// <summary>Sorted position of the nearest core point within eps of position p (ties: smaller row), or −1.</summary>
    private int NearestCore(int p, int cell)
    {
        var x = _points.AsSpan(p * _d, _d);
        double best = double.PositiveInfinity;
        int bestPosition = -1;
        for (int k = _neighbourStart[cell]; k < _neighbourStart[cell + 1]; k++)
        {
            int other = _neighbours[k];
            for (int q = _cellStart[other]; q < _coreEnd[other]; q++)
            {
                double distance = SquaredDistance(x, q);
                if (distance <= _eps2 && (distance < best || (distance == best && _rowOf[q] < _rowOf[bestPosition])))
                {
                    best = distance;
                    bestPosition = q;
                }
            }
        }

        return bestPosition;
    }

    /// <summary>
    /// Squared distance from x to the farthest corner of cell <paramref name="cell"/>'s bounding box (the box
    /// of the points it holds, so the test is exact for them).
    /// </summary>
    private double FarthestCornerSquared(ReadOnlySpan<double> x, int cell) =>
        BoxDistances.PointToBox(x, _cellLow.AsSpan(cell * _d, _d), _cellHigh.AsSpan(cell * _d, _d)).Max;

    private double SquaredDistance(ReadOnlySpan<double> x, int q) => SimdMath.SquaredDistance<double>(x, _points.AsSpan(q * _d, _d));
}
