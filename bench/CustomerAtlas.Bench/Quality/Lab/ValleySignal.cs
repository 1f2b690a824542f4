using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// How sparse the densest boundary of a partition is: for every pair of clusters joined by nearest-neighbour edges,
/// the easiest passage between them (the lowest mutual-reachability level of an edge crossing from one to the
/// other) over the typical core distance inside the sparser of the two; the partition's value is the smallest
/// such ratio. Boundaries through empty or sparse space give ratios above 1; a boundary that slices a dense
/// group gives about 1.
/// </summary>
internal sealed class ValleySignal
{
    private readonly int _rows;
    private readonly int _neighbours;
    // The lab's twin of Core.Selection.DensityValleys with its settings opened up (the core-distance quantile and
    // how the two clusters' scales combine), for comparing variants on cached searches.
    private readonly int[] _indices;
    private readonly double[] _distances;
    private readonly double[] _core;

    public ValleySignal(Matrix<double> sample, int neighbours)
    {
        _rows = sample.Rows;
        (_neighbours, _indices, _distances) = NearestOthers.Find(sample, neighbours);
        _core = new double[_rows];
        for (int i = 0; i < _rows; i++)
        {
            _core[i] = _distances[(i * _neighbours) + _neighbours - 1];
        }
    }

    /// <summary>The partition's densest-boundary ratio (+∞ when no edge crosses between clusters).</summary>
    public double Of(IReadOnlyList<int> labels, double typicalQuantile = 0.5, int combine = 0) => Pairs(labels, typicalQuantile, combine).Min;

    /// <summary>The densest-boundary ratio with the product's settings and how many touching cluster pairs fall below 1.</summary>
    public (double Min, int PairsBelowOne) WithPairs(IReadOnlyList<int> labels) => Pairs(labels, 0.5, 0);

    private (double Min, int PairsBelowOne) Pairs(IReadOnlyList<int> labels, double typicalQuantile, int combine)
    {
        var typical = labels.Select((l, i) => (l, i)).Where(p => p.l >= 0).GroupBy(p => p.l)
            .ToDictionary(g => g.Key, g => Quantile([.. g.Select(p => _core[p.i])], typicalQuantile));
        var passages = new Dictionary<(int, int), double>();
        for (int i = 0; i < _rows; i++)
        {
            int a = labels[i];
            if (a < 0)
            {
                continue;
            }

            for (int t = 0; t < _neighbours; t++)
            {
                int j = _indices[(i * _neighbours) + t];
                int b = labels[j];
                if (b < 0 || b == a)
                {
                    continue;
                }

                double level = Math.Max(Math.Max(_core[i], _core[j]), _distances[(i * _neighbours) + t]);
                var key = a < b ? (a, b) : (b, a);
                passages[key] = passages.TryGetValue(key, out double lowest) ? Math.Min(lowest, level) : level;
            }
        }

        double worst = double.PositiveInfinity;
        int below = 0;
        foreach (var ((a, b), passage) in passages)
        {
            double scale = combine switch
            {
                1 => Math.Sqrt(typical[a] * typical[b]),
                2 => Math.Min(typical[a], typical[b]),
                _ => Math.Max(typical[a], typical[b]),
            };
            worst = Math.Min(worst, passage / scale);
            below += passage / scale < 1 ? 1 : 0;
        }

        return (worst, below);
    }

    private static double Quantile(double[] values, double q)
    {
        Array.Sort(values);
        return values.Length == 0 ? double.NaN : values[Math.Min(values.Length - 1, (int)(q * values.Length))];
    }
}
