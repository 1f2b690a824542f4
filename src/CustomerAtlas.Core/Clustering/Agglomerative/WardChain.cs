using System.Numerics;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>
/// Ward linkage by the nearest-neighbour chain over cluster centroids, in O(n·d) memory.
/// The Ward cost of merging A and B is |A||B| / (|A| + |B|) · ‖c_A − c_B‖² (the rise in the
/// within-cluster sum of squares; Lance–Williams for ward reduces to it), and a merged centroid
/// is the size-weighted mean. Ward is reducible, so merging reciprocal nearest neighbours gives
/// the same hierarchy as the greedy O(n³) algorithm.
/// </summary>
/// <remarks>
/// Active clusters live in compacted slots stored feature-major (one array per feature), so the
/// scan from one cluster to all others runs as vector operations over slots. The scan is split
/// into fixed blocks of slots; each block keeps its first minimum and blocks are combined in
/// order, so the result does not depend on the thread count.
/// </remarks>
internal sealed class WardChain
{
    private const int Block = 2048;
    private const int ParallelMinSlots = 4 * Block;

    private readonly int _dims;
    private readonly int _capacity;
    private readonly double[] _centroids;   // feature-major: [feature * capacity + slot]
    private readonly double[] _sizes;       // per slot
    private readonly int[] _rowOfSlot;      // a training row of the cluster in each slot
    private readonly int[] _slotOfRow;      // inverse of _rowOfSlot for rows that name a cluster
    private readonly double[] _cost;        // scan scratch, per slot
    private readonly double[] _blockCost;
    private readonly int[] _blockSlot;
    private readonly int _maxDegreeOfParallelism;
    private int _active;

    private WardChain(Matrix<double> data, int maxDegreeOfParallelism)
    {
        _dims = data.Cols;
        _capacity = data.Rows;
        _centroids = new double[_dims * _capacity];
        for (int i = 0; i < _capacity; i++)
        {
            var row = data.RowReadOnly(i);
            for (int j = 0; j < _dims; j++)
            {
                _centroids[(j * _capacity) + i] = row[j];
            }
        }

        _sizes = new double[_capacity];
        Array.Fill(_sizes, 1.0);
        _rowOfSlot = Enumerable.Range(0, _capacity).ToArray();
        _slotOfRow = Enumerable.Range(0, _capacity).ToArray();
        _cost = new double[_capacity];
        int blocks = RowBlocks.OfSize(_capacity, Block).Count;
        _blockCost = new double[blocks];
        _blockSlot = new int[blocks];
        _active = _capacity;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    public static RawMerges Run(Matrix<double> data, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var chain = new WardChain(data, maxDegreeOfParallelism);
        var merges = new RawMerges(data.Rows);
        var stack = new int[data.Rows]; // rows naming the clusters on the chain
        int depth = 0;
        while (chain._active > 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (depth == 0)
            {
                stack[depth++] = chain._rowOfSlot[0];
            }

            int top = stack[depth - 1];
            int previous = depth > 1 ? stack[depth - 2] : -1;
            (int nearest, double cost) = chain.Nearest(top, previous);
            if (nearest == previous)
            {
                depth -= 2;
                merges.Add(top, previous, Math.Sqrt(2 * cost));
                chain.Merge(top, previous);
            }
            else
            {
                stack[depth++] = nearest;
            }
        }

        return merges;
    }

    /// <summary>The cluster nearest to <paramref name="row"/>'s; ties favour <paramref name="previous"/>, then the lower slot.</summary>
    private (int Row, double Cost) Nearest(int row, int previous)
    {
        int self = _slotOfRow[row];
        int blocks = RowBlocks.OfSize(_active, Block).Count;
        // Small scans run on one thread: a parallel region per chain step costs more than it saves
        // (and far more on a busy machine) once fewer than ParallelMinSlots clusters remain.
        int dop = _active >= ParallelMinSlots ? _maxDegreeOfParallelism : 1;
        BlockParallel.For(RowBlocks.OfSize(_active, Block), dop, b => ScanBlock(b, self));
        int bestSlot = -1;
        double best = double.PositiveInfinity;
        for (int b = 0; b < blocks; b++)
        {
            if (_blockCost[b] < best)
            {
                best = _blockCost[b];
                bestSlot = _blockSlot[b];
            }
        }

        if (previous >= 0 && _cost[_slotOfRow[previous]] <= best)
        {
            return (previous, _cost[_slotOfRow[previous]]);
        }

        return (_rowOfSlot[bestSlot], best);
    }

    private void ScanBlock(int block, int self)
    {
        int start = block * Block;
        int end = Math.Min(_active, start + Block);
        double selfSize = _sizes[self];
        int width = Vector<double>.Count;
        var bestCost = new Vector<double>(double.PositiveInfinity);
        var bestSlot = new Vector<long>(-1);
        var lane = Vector<long>.Indices;
        var selfSlot = new Vector<long>(self);
        var infinity = new Vector<double>(double.PositiveInfinity);
        int s = start;
        for (; s <= end - width; s += width)
        {
            // Sum over features of (c_slot - c_self)², one vector of slots at a time.
            var sum = Vector<double>.Zero;
            for (int j = 0; j < _dims; j++)
            {
                int offset = j * _capacity;
                var diff = new Vector<double>(_centroids, offset + s) - new Vector<double>(_centroids[offset + self]);
                sum = Vector.FusedMultiplyAdd(diff, diff, sum);
            }

            var sizes = new Vector<double>(_sizes, s);
            var selfSizes = new Vector<double>(selfSize);
            var slots = lane + new Vector<long>(s);
            var cost = Vector.ConditionalSelect(
                Vector.Equals(slots, selfSlot),
                infinity,
                sum * (sizes * selfSizes) / (sizes + selfSizes));
            cost.CopyTo(_cost, s);
            var better = Vector.LessThan(cost, bestCost);
            bestCost = Vector.ConditionalSelect(better, cost, bestCost);
            bestSlot = Vector.ConditionalSelect(better, slots, bestSlot);
        }

        double blockBest = double.PositiveInfinity;
        long blockSlot = -1;
        for (int l = 0; l < width; l++)
        {
            // Lanes hold interleaved slots: the lowest slot wins a tie, as in a plain scan.
            if (bestSlot[l] >= 0 && (bestCost[l] < blockBest || (bestCost[l] == blockBest && bestSlot[l] < blockSlot)))
            {
                blockBest = bestCost[l];
                blockSlot = bestSlot[l];
            }
        }

        for (; s < end; s++)
        {
            double sum = 0;
            for (int j = 0; j < _dims; j++)
            {
                int offset = j * _capacity;
                double diff = _centroids[offset + s] - _centroids[offset + self];
                sum = Math.FusedMultiplyAdd(diff, diff, sum);
            }

            double cost = s == self ? double.PositiveInfinity : sum * (_sizes[s] * selfSize) / (_sizes[s] + selfSize);
            _cost[s] = cost;
            if (cost < blockBest)
            {
                blockBest = cost;
                blockSlot = s;
            }
        }

        _blockCost[block] = blockBest;
        _blockSlot[block] = (int)blockSlot;
    }

    /// <summary>Merges <paramref name="keep"/>'s cluster with <paramref name="drop"/>'s into <paramref name="keep"/>'s slot.</summary>
    private void Merge(int keep, int drop)
    {
        int a = _slotOfRow[keep];
        int b = _slotOfRow[drop];
        double sa = _sizes[a];
        double sb = _sizes[b];
        double total = sa + sb;
        for (int j = 0; j < _dims; j++)
        {
            int offset = j * _capacity;
            _centroids[offset + a] = ((sa * _centroids[offset + a]) + (sb * _centroids[offset + b])) / total;
        }

        _sizes[a] = total;

        // Move the last active slot into b's place to keep the slots compact.
        int last = _active - 1;
        if (b != last)
        {
            for (int j = 0; j < _dims; j++)
            {
                int offset = j * _capacity;
                _centroids[offset + b] = _centroids[offset + last];
            }

            _sizes[b] = _sizes[last];
            _rowOfSlot[b] = _rowOfSlot[last];
            _slotOfRow[_rowOfSlot[b]] = b;
        }

        _active--;
    }
}
