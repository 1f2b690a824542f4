using System.Globalization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// The product's default preprocessing of unnamed numeric columns, as <c>atlas segment</c> applies it to a
/// table (<see cref="PreprocessingOptions"/>: robust scaling, clipping at ±5, near-duplicate columns dropped;
/// no money or counts, so no log1p). Shared by the automatic adapter and the selection lab so both study the
/// same space.
/// </summary>
internal static class ProductPreparation
{
    /// <summary>The prepared matrix and the name of its scaling (the preparation's name in the search).</summary>
    public static (string Name, Matrix<double> Prepared) Apply(Matrix<double> data, ScalingMethod scaling = ScalingMethod.Robust)
    {
        var columns = Enumerable.Range(0, data.Cols)
            .Select(c => new RawFeature("x" + c.ToString(CultureInfo.InvariantCulture), Enumerable.Range(0, data.Rows).Select(r => data[r, c]).ToArray(), IsAmountOrCount: false))
            .ToList();
        var preprocessor = PreprocessorFitter.Fit(columns, new PreprocessingOptions { Scaling = scaling });
        var prepared = preprocessor.Apply(columns.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal), data.Rows);
        return (preprocessor.Transforms[0].Scaling.ToString().ToLowerInvariant(), prepared);
    }
}
