using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Reduction.Pca;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>
/// The preprocessing choices the automatic search compares: "zscore" (mean 0, SD 1 per column),
/// "robust" (median 0, interquartile range 1: outliers pull less), and "zscore+pca" (the z-scored
/// columns projected on the principal components that keep 90 % of the variance; only with four or
/// more columns, where it can drop noise dimensions). Constant columns become 0 in every choice.
/// </summary>
public static class FeaturePreparations
{
    /// <summary>Share of variance the PCA choice keeps.</summary>
    public const double PcaVariance = 0.90;

    /// <summary>Name of the z-scored preparation, which is also the reference space of the search.</summary>
    public const string ZScore = "zscore";

    /// <summary>All preparations of <paramref name="features"/>; the first is <see cref="ZScore"/>.</summary>
    public static IReadOnlyList<PreparedData> Build(Matrix<double> features, int? seed = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = Standardize(features);
        var list = new List<PreparedData> { new(ZScore, z), new("robust", RobustScale(features)) };
        if (features.Cols >= 4)
        {
            var full = new Pca(new PcaOptions { Components = features.Cols, Seed = seed }).Fit(z);
            double cumulative = 0;
            int keep = 0;
            while (keep < full.ExplainedVarianceRatio.Length && cumulative < PcaVariance)
            {
                cumulative += full.ExplainedVarianceRatio[keep++];
            }

            if (keep < features.Cols)
            {
                var reduced = new Pca(new PcaOptions { Components = Math.Max(keep, 2), Seed = seed }).Fit(z);
                list.Add(new PreparedData($"{ZScore}+pca{reduced.ComponentCount}", reduced.Transform(z)));
            }
        }

        return list;
    }

    /// <summary>(x − mean) / population SD per column; constant columns become 0.</summary>
    public static Matrix<double> Standardize(Matrix<double> features) =>
        Scale(features, column =>
        {
            double mean = column.Average();
            double sd = Math.Sqrt(column.Sum(v => (v - mean) * (v - mean)) / column.Length);
            return (mean, sd);
        });

    /// <summary>(x − median) / IQR per column (falling back to the SD when the IQR is 0); constant columns become 0.</summary>
    public static Matrix<double> RobustScale(Matrix<double> features) =>
        Scale(features, column =>
        {
            var sorted = column.Order().ToArray();
            double median = Quantile(sorted, 0.5);
            double iqr = Quantile(sorted, 0.75) - Quantile(sorted, 0.25);
            if (iqr == 0)
            {
                double mean = column.Average();
                iqr = Math.Sqrt(column.Sum(v => (v - mean) * (v - mean)) / column.Length);
            }

            return (median, iqr);
        });

    private static Matrix<double> Scale(Matrix<double> features, Func<double[], (double Center, double Spread)> statistics)
    {
        var result = new Matrix<double>(features.Rows, features.Cols);
        var column = new double[features.Rows];
        for (int f = 0; f < features.Cols; f++)
        {
            for (int i = 0; i < features.Rows; i++)
            {
                column[i] = features[i, f];
            }

            var (center, spread) = statistics(column);
            for (int i = 0; i < features.Rows; i++)
            {
                result[i, f] = spread > 0 ? (column[i] - center) / spread : 0;
            }
        }

        return result;
    }

    // Linear interpolation between order statistics (type 7, as NumPy's default).
    private static double Quantile(double[] sorted, double q)
    {
        double position = q * (sorted.Length - 1);
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
