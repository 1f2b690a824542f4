using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering.KPrototypes;

/// <summary>One initialisation of k-prototypes: seeding, then assign/update rounds to a fixed point.</summary>
internal sealed class PrototypeSearch
{
    private readonly MixedData _data;
    private readonly CategoryCodebook _codebook;
    private readonly int _k;
    private readonly double _gamma;
    private readonly int _maxDegreeOfParallelism;

    public PrototypeSearch(MixedData data, CategoryCodebook codebook, int k, double gamma, int maxDegreeOfParallelism)
    {
        _data = data;
        _codebook = codebook;
        _k = k;
        _gamma = gamma;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        NumericPrototypes = new double[k * data.NumericCount];
        CategoricalPrototypes = new int[k * data.CategoricalCount];
        Labels = new int[data.Rows];
    }

    public double[] NumericPrototypes { get; }

    public int[] CategoricalPrototypes { get; }

    public int[] Labels { get; }

    public double Cost { get; private set; } = double.PositiveInfinity;

    public int Iterations { get; private set; }

    /// <summary>k-means++-style seeding: each next prototype is a row drawn with probability ∝ its cost to the nearest chosen one.</summary>
    public void Seed(Random random)
    {
        int n = _data.Rows;
        var nearest = new double[n];
        Array.Fill(nearest, double.PositiveInfinity);
        int chosen = random.Next(n);
        for (int m = 0; m < _k; m++)
        {
            CopyRowToPrototype(chosen, m);
            double total = 0;
            for (int i = 0; i < n; i++)
            {
                nearest[i] = Math.Min(nearest[i], CostTo(i, m));
                total += nearest[i];
            }

            if (m + 1 == _k)
            {
                break;
            }

            chosen = total > 0 ? Draw(random, nearest, total) : random.Next(n);
        }
    }

    public void Iterate(int maxIterations, CancellationToken cancellationToken)
    {
        var previous = new int[_data.Rows];
        for (Iterations = 1; Iterations <= maxIterations; Iterations++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Labels.CopyTo(previous, 0);
            Cost = MixedCost.Assign(_data, NumericPrototypes, CategoricalPrototypes, _k, _gamma, Labels, _maxDegreeOfParallelism);
            if (Iterations > 1 && Labels.AsSpan().SequenceEqual(previous))
            {
                return;
            }

            Update();
        }

        Iterations = maxIterations;
        Cost = MixedCost.Assign(_data, NumericPrototypes, CategoricalPrototypes, _k, _gamma, Labels, _maxDegreeOfParallelism);
    }

    private void Update()
    {
        int p = _data.NumericCount;
        int c = _data.CategoricalCount;
        var counts = new int[_k];
        var sums = new double[_k * p];
        var categoryCounts = new int[c][];
        for (int j = 0; j < c; j++)
        {
            categoryCounts[j] = new int[_k * _codebook.Codes[j].Length];
        }

        for (int i = 0; i < _data.Rows; i++)
        {
            int m = Labels[i];
            counts[m]++;
            var sum = sums.AsSpan(m * p, p);
            TensorPrimitives.Add(sum, _data.Numeric.RowReadOnly(i), sum);
            for (int j = 0; j < c; j++)
            {
                categoryCounts[j][(m * _codebook.Codes[j].Length) + _codebook.Dense[(i * c) + j]]++;
            }
        }

        for (int m = 0; m < _k; m++)
        {
            if (counts[m] == 0)
            {
                continue; // an empty cluster keeps its prototype
            }

            TensorPrimitives.Divide(sums.AsSpan(m * p, p), counts[m], NumericPrototypes.AsSpan(m * p, p));
            for (int j = 0; j < c; j++)
            {
                int width = _codebook.Codes[j].Length;
                var histogram = categoryCounts[j].AsSpan(m * width, width);
                int mode = 0;
                for (int v = 1; v < width; v++)
                {
                    if (histogram[v] > histogram[mode])
                    {
                        mode = v; // ties keep the smallest code
                    }
                }

                CategoricalPrototypes[(m * c) + j] = _codebook.Codes[j][mode];
            }
        }
    }

    private void CopyRowToPrototype(int row, int m)
    {
        int p = _data.NumericCount;
        int c = _data.CategoricalCount;
        _data.Numeric.RowReadOnly(row).CopyTo(NumericPrototypes.AsSpan(m * p, p));
        _data.CategoricalRow(row).CopyTo(CategoricalPrototypes.AsSpan(m * c, c));
    }

    private double CostTo(int row, int m)
    {
        int p = _data.NumericCount;
        int c = _data.CategoricalCount;
        return MixedCost.Of(
            _data.Numeric.RowReadOnly(row), _data.CategoricalRow(row),
            NumericPrototypes.AsSpan(m * p, p), CategoricalPrototypes.AsSpan(m * c, c), _gamma);
    }

    private static int Draw(Random random, double[] weights, double total)
    {
        double target = random.NextDouble() * total;
        double running = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            if (running > target && weights[i] > 0)
            {
                return i;
            }
        }

        return Array.FindLastIndex(weights, w => w > 0);
    }
}
