using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Distances;

/// <summary>
/// Gower's dissimilarity for mixed data, read from rows laid out as
/// <see cref="MixedData.ToCombined"/> writes them (numeric features first, then categorical codes).
/// Each feature contributes a score in [0, 1]: numeric |a - b| / range (clamped to 1 for new rows
/// outside the training range; 0 when the range is 0), categorical 0 when the codes match and 1
/// otherwise. The distance is the weighted mean of the scores over the features present in both
/// rows (NaN = missing, skipped). When no feature is present in both rows the distance is 1:
/// nothing shows the rows to be alike.
/// </summary>
public sealed class GowerDistance : IDistance
{
    /// <summary>Uses the given numeric ranges, categorical count and per-feature weights.</summary>
    [JsonConstructor]
    public GowerDistance(double[] numericRanges, int categoricalCount, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(numericRanges);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(categoricalCount);
        if (weights.Length != numericRanges.Length + categoricalCount)
        {
            throw new ArgumentException(
                $"Expected {numericRanges.Length + categoricalCount} weights (one per feature) but got {weights.Length}.", nameof(weights));
        }

        foreach (double w in weights)
        {
            if (!(w >= 0) || double.IsInfinity(w))
            {
                throw new ArgumentException($"Weights must be finite and non-negative; got {w}.", nameof(weights));
            }
        }

        foreach (double r in numericRanges)
        {
            if (!(r >= 0) || double.IsInfinity(r))
            {
                throw new ArgumentException($"Ranges must be finite and non-negative; got {r}.", nameof(numericRanges));
            }
        }

        NumericRanges = numericRanges;
        CategoricalCount = categoricalCount;
        Weights = weights;
    }

    /// <summary>Range (max - min) of each numeric feature, which scales its differences to [0, 1].</summary>
    public double[] NumericRanges { get; }

    /// <summary>Number of categorical features (after the numeric ones in each row).</summary>
    public int CategoricalCount { get; }

    /// <summary>Weight of each feature, numeric first.</summary>
    public double[] Weights { get; }

    /// <summary>
    /// Learns the numeric ranges from <paramref name="data"/> (missing values ignored).
    /// <paramref name="weights"/> defaults to 1 for every feature.
    /// </summary>
    public static GowerDistance Fit(MixedData data, double[]? weights = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        int p = data.NumericCount;
        var min = Enumerable.Repeat(double.PositiveInfinity, p).ToArray();
        var max = Enumerable.Repeat(double.NegativeInfinity, p).ToArray();
        for (int i = 0; i < data.Rows; i++)
        {
            var row = data.Numeric.RowReadOnly(i);
            for (int j = 0; j < p; j++)
            {
                double v = row[j];
                if (double.IsInfinity(v))
                {
                    throw new ArgumentException($"The numeric value at row {i}, column {j} is infinite.", nameof(data));
                }

                if (!double.IsNaN(v))
                {
                    min[j] = Math.Min(min[j], v);
                    max[j] = Math.Max(max[j], v);
                }
            }
        }

        var ranges = new double[p];
        for (int j = 0; j < p; j++)
        {
            ranges[j] = max[j] >= min[j] ? max[j] - min[j] : 0;
        }

        return new GowerDistance(ranges, data.CategoricalCount, weights ?? Enumerable.Repeat(1.0, p + data.CategoricalCount).ToArray());
    }

    /// <inheritdoc/>
    public double Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Distance.EnsureSameLength(a, b);
        if (a.Length != Weights.Length)
        {
            throw new ArgumentException($"Rows have {a.Length} values; the distance was built for {Weights.Length}.", nameof(a));
        }

        int p = NumericRanges.Length;
        double sum = 0;
        double weight = 0;
        for (int j = 0; j < a.Length; j++)
        {
            double x = a[j];
            double y = b[j];
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                continue;
            }

            double score = j < p
                ? (NumericRanges[j] > 0 ? Math.Min(Math.Abs(x - y) / NumericRanges[j], 1) : 0)
                : (x == y ? 0 : 1);
            sum += Weights[j] * score;
            weight += Weights[j];
        }

        return weight > 0 ? sum / weight : 1;
    }
}
