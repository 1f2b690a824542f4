using System.Numerics;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>
/// Greedy k-means++ seeding. Each step draws 2 + ⌊ln k⌋ candidate rows with probability proportional to
/// weight × D² (squared distance to the nearest centroid chosen so far) and keeps the candidate that
/// lowers the total weighted D² the most.
/// <para>
/// One pass over the data per step: the pass folds the previous step's winner into D² and scores all
/// candidates at once (one small centroid panel through the blocked kernel), keeping per-block totals for
/// every candidate. The winner's per-block totals are exactly the distribution the next draw needs, so a
/// draw only rescans the one block it lands in. Nothing of size n beyond D² itself is stored.
/// </para>
/// </summary>
internal sealed class KMeansPlusPlusInit<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly KMeansProblem<T> _problem;
    private readonly T[] _closest;
    private readonly Random _rng;
    private double[] _blockMass;
    private int _pending = -1;

    private KMeansPlusPlusInit(KMeansProblem<T> problem, Random rng)
    {
        _problem = problem;
        _rng = rng;
        _closest = problem.RowScratch(0);
        _blockMass = new double[problem.Blocks.Count];
    }

    /// <summary>Chooses <paramref name="k"/> initial centroids (row-major k × d doubles).</summary>
    public static double[] Run(KMeansProblem<T> problem, int k, Random rng)
    {
        var init = new KMeansPlusPlusInit<T>(problem, rng);
        return init.Choose(k);
    }

    private double[] Choose(int k)
    {
        int d = _problem.Cols;
        var centers = new double[k * d];
        int trials = 2 + (int)Math.Log(k);
        int first = DrawFirst();
        CopyRow(first, centers, 0);
        Array.Fill(_closest, T.PositiveInfinity);
        _pending = first;
        _blockMass = ScoreCandidates([])[0];
        var candidates = new int[trials];
        for (int step = 1; step < k; step++)
        {
            double total = SumInOrder(_blockMass);
            for (int t = 0; t < trials; t++)
            {
                candidates[t] = total > 0 ? Draw(_rng.NextDouble() * total) : _rng.Next(_problem.Rows);
            }

            var masses = ScoreCandidates(candidates);
            int best = 0;
            double bestTotal = double.PositiveInfinity;
            for (int t = 0; t < trials; t++)
            {
                double candidateTotal = SumInOrder(masses[t]);
                if (candidateTotal < bestTotal)
                {
                    bestTotal = candidateTotal;
                    best = t;
                }
            }

            CopyRow(candidates[best], centers, step);
            _pending = candidates[best];
            _blockMass = masses[best];
        }

        return centers;
    }

    /// <summary>
    /// Folds the pending centroid into D², then returns per candidate the per-block totals of
    /// weight × min(D², distance to the candidate). With no candidates it returns the totals of D² itself.
    /// </summary>
    private double[][] ScoreCandidates(int[] candidates)
    {
        int d = _problem.Cols;
        int columns = 1 + candidates.Length;
        var panelRows = new double[columns * d];
        CopyRowTo(_pending, panelRows.AsSpan(0, d));
        for (int t = 0; t < candidates.Length; t++)
        {
            CopyRowTo(candidates[t], panelRows.AsSpan((t + 1) * d, d));
        }

        var panel = new CentroidPanel<T>(panelRows, columns, d);
        int outputs = Math.Max(1, candidates.Length);
        var masses = new double[outputs][];
        for (int t = 0; t < outputs; t++)
        {
            masses[t] = new double[_problem.Blocks.Count];
        }

        // Column 0 of the panel is the pending centroid, columns 1.. the candidates: after folding column 0
        // into D², column t + 1 of the capped sums is candidate t's total (column 0 is D²'s own total).
        int firstOutput = candidates.Length == 0 ? 0 : 1;
        _problem.ForEachBlock(b =>
        {
            var scratch = new TileScratch<T>(panel.PaddedCount, d);
            var blockTotals = new double[panel.PaddedCount];
            int end = _problem.Blocks.Start(b) + _problem.Blocks.Length(b);
            for (int start = _problem.Blocks.Start(b); start < end; start += DistanceTile.TileRows)
            {
                int count = Math.Min(DistanceTile.TileRows, end - start);
                DistanceTile.Compute(_problem.RowRange(start, count), count, panel, scratch.Distances, scratch.Norms);
                for (int r = 0; r < count; r++)
                {
                    int i = start + r;
                    var dist = scratch.Distances.AsSpan(r * panel.PaddedCount, panel.PaddedCount);
                    T closest = T.Min(_closest[i], dist[0]);
                    _closest[i] = closest;
                    CappedDistanceSums.Add<T>(dist, closest, _problem.Weight(i), blockTotals);
                }
            }

            for (int t = 0; t < outputs; t++)
            {
                masses[t][b] = blockTotals[firstOutput + t];
            }
        });

        return masses;
    }

    /// <summary>
    /// The row where the running total of weight × min(D², distance to the pending centroid) passes
    /// <paramref name="target"/>: find the block from the block totals, then rescan only that block with
    /// the same kernel (so the running total matches the block total bit for bit).
    /// </summary>
    private int Draw(double target)
    {
        int block = 0;
        while (block < _blockMass.Length - 1 && target >= _blockMass[block])
        {
            target -= _blockMass[block];
            block++;
        }

        int d = _problem.Cols;
        var pending = new double[d];
        CopyRowTo(_pending, pending);
        var panel = new CentroidPanel<T>(pending, 1, d);
        var scratch = new TileScratch<T>(panel.PaddedCount, d);
        int end = _problem.Blocks.Start(block) + _problem.Blocks.Length(block);
        int lastWithMass = -1;
        double running = 0;
        for (int start = _problem.Blocks.Start(block); start < end; start += DistanceTile.TileRows)
        {
            int count = Math.Min(DistanceTile.TileRows, end - start);
            DistanceTile.Compute(_problem.RowRange(start, count), count, panel, scratch.Distances, scratch.Norms);
            for (int r = 0; r < count; r++)
            {
                int i = start + r;
                double mass = _problem.Weight(i) * Widen.ToDouble(T.Min(_closest[i], scratch.Distances[r * panel.PaddedCount]));
                if (mass <= 0)
                {
                    continue;
                }

                running += mass;
                lastWithMass = i;
                if (running > target)
                {
                    return i;
                }
            }
        }

        // Rounding left the target just past the block's end: the last row with mass is the answer.
        return lastWithMass >= 0 ? lastWithMass : _problem.Blocks.Start(block);
    }

    private int DrawFirst()
    {
        if (_problem.Weights is null)
        {
            return _rng.Next(_problem.Rows);
        }

        double target = _rng.NextDouble() * _problem.Weights.Sum();
        double running = 0;
        int last = 0;
        for (int i = 0; i < _problem.Rows; i++)
        {
            if (_problem.Weights[i] <= 0)
            {
                continue;
            }

            running += _problem.Weights[i];
            last = i;
            if (running > target)
            {
                return i;
            }
        }

        return last;
    }

    private static double SumInOrder(double[] values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum;
    }

    private void CopyRow(int row, double[] destination, int slot) =>
        CopyRowTo(row, destination.AsSpan(slot * _problem.Cols, _problem.Cols));

    private void CopyRowTo(int row, Span<double> destination)
    {
        var x = _problem.RowRange(row, 1);
        for (int j = 0; j < x.Length; j++)
        {
            destination[j] = Widen.ToDouble(x[j]);
        }
    }
}
