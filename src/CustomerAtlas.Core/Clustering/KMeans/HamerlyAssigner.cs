using System.Numerics;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>
/// Hamerly's assignment (2010). Each row keeps an upper bound on the distance to its centroid and a
/// lower bound on the distance to every other centroid; both are moved by the centroid shifts each
/// pass. A row whose upper bound is below max(lower bound, half the distance from its centroid to the
/// nearest other centroid) cannot change label and is skipped. Bounds are padded by a relative margin
/// well above rounding error and the skip test demands that margin, so a skipped row is one whose label
/// Lloyd would also keep: both algorithms give the same labels bit for bit.
/// </summary>
internal sealed class HamerlyAssigner<T> : ITileAssigner<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly KMeansProblem<T> _problem;
    private readonly int[] _labels;
    private readonly T[] _upper;
    private readonly T[] _lower;
    private readonly double _margin;
    private readonly double _roundUp;
    private CentroidPanel<T>? _previous;
    private double[] _shift = [];
    private double[] _halfSeparation = [];
    private double _maxShift;
    private double _secondMaxShift;
    private int _maxShiftCentroid = -1;
    private bool _firstPass;

    public HamerlyAssigner(KMeansProblem<T> problem, int[] labels)
    {
        _problem = problem;
        _labels = labels;
        _upper = problem.RowScratch(0);
        _lower = problem.RowScratch(1);
        _margin = 16 * (problem.Cols + 4) * Precision<T>.Epsilon;
        _roundUp = 4 * Precision<T>.Epsilon;
    }

    public void BeginPass(CentroidPanel<T> panel)
    {
        int k = panel.Count;
        _shift = new double[k];
        _maxShift = 0;
        _secondMaxShift = 0;
        _maxShiftCentroid = -1;
        _firstPass = _previous is null;
        if (_previous is not null)
        {
            for (int c = 0; c < k; c++)
            {
                _shift[c] = Math.Sqrt(SquaredDistanceInDouble(_previous.Row(c), panel.Row(c))) * (1 + _margin);
                if (_shift[c] > _maxShift)
                {
                    _secondMaxShift = _maxShift;
                    _maxShift = _shift[c];
                    _maxShiftCentroid = c;
                }
                else if (_shift[c] > _secondMaxShift)
                {
                    _secondMaxShift = _shift[c];
                }
            }
        }

        _halfSeparation = new double[k];
        Array.Fill(_halfSeparation, double.PositiveInfinity);
        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++)
            {
                double half = 0.5 * Math.Sqrt(SquaredDistanceInDouble(panel.Row(a), panel.Row(b))) * (1 - _margin);
                _halfSeparation[a] = Math.Min(_halfSeparation[a], half);
                _halfSeparation[b] = Math.Min(_halfSeparation[b], half);
            }
        }

        _previous = panel;
    }

    public int AssignTile(int start, int count, CentroidPanel<T> panel, TileScratch<T> scratch)
    {
        if (_firstPass)
        {
            // No row has a label yet, so every row needs all distances: read the tile where it lies
            // instead of gathering a copy (the same rows in the same order give the same bits).
            return AssignRows(_problem.RowRange(start, count), count, start, null, panel, scratch);
        }

        int d = _problem.Cols;
        int gathered = 0;
        double keep = 1 - (2 * _margin);
        for (int r = 0; r < count; r++)
        {
            int i = start + r;
            int a = _labels[i];
            if (a >= 0)
            {
                double upper = (Widen.ToDouble(_upper[i]) + _shift[a]) * (1 + _roundUp);
                double otherShift = a == _maxShiftCentroid ? _secondMaxShift : _maxShift;
                double lower = Math.Max(0, (Widen.ToDouble(_lower[i]) - otherShift) * (1 - _roundUp));
                double bound = Math.Max(_halfSeparation[a], lower) * keep;
                _lower[i] = Widen.FromDouble<T>(lower);
                if (upper < bound)
                {
                    _upper[i] = Widen.FromDouble<T>(upper);
                    continue;
                }

                upper = TightUpper(_problem.RowRange(i, 1), panel.Row(a));
                _upper[i] = Widen.FromDouble<T>(upper);
                if (upper < bound)
                {
                    continue;
                }
            }

            _problem.RowRange(i, 1).CopyTo(scratch.Gathered.AsSpan(gathered * d, d));
            scratch.GatheredRows[gathered++] = i;
        }

        return gathered == 0 ? 0 : AssignRows(scratch.Gathered.AsSpan(0, gathered * d), gathered, 0, scratch.GatheredRows, panel, scratch);
    }

    /// <summary>
    /// Full assignment of <paramref name="count"/> contiguous <paramref name="rows"/>: row g is data row
    /// <paramref name="rowIds"/>[g], or <paramref name="firstRow"/> + g when no ids are given.
    /// </summary>
    private int AssignRows(ReadOnlySpan<T> rows, int count, int firstRow, int[]? rowIds, CentroidPanel<T> panel, TileScratch<T> scratch)
    {
        int d = _problem.Cols;
        int kPad = panel.PaddedCount;
        DistanceTile.Compute<T>(rows, count, panel, scratch.Distances, scratch.Norms);
        int changed = 0;
        for (int g = 0; g < count; g++)
        {
            int i = rowIds is null ? firstRow + g : rowIds[g];
            var x = rows.Slice(g * d, d);
            var choice = NearestCentroid.Choose<T>(x, scratch.Distances.AsSpan(g * kPad, kPad), scratch.Norms[g], panel);
            if (_labels[i] != choice.Label)
            {
                _labels[i] = choice.Label;
                changed++;
                _upper[i] = Widen.FromDouble<T>(TightUpper(x, panel.Row(choice.Label)));
            }

            // A row that keeps its label was gathered only after AssignTile had tightened its upper
            // bound to that same centroid, so _upper[i] already holds this exact value.
            _lower[i] = Widen.FromDouble<T>(Math.Sqrt(choice.SecondLowerBound) * (1 - _margin));
        }

        return changed;
    }

    private double TightUpper(ReadOnlySpan<T> x, ReadOnlySpan<T> centroid) =>
        Math.Sqrt(Widen.ToDouble(SimdMath.SquaredDistance(x, centroid))) * (1 + _margin);

    private static double SquaredDistanceInDouble(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++)
        {
            double diff = Widen.ToDouble(a[j]) - Widen.ToDouble(b[j]);
            sum += diff * diff;
        }

        return sum;
    }
}
