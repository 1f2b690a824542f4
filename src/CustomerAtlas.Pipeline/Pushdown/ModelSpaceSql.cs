using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Pushdown;
using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Pipeline.Pushdown;

/// <summary>
/// The saved preprocessing spelled as SQL over the engine's feature table, so that k-means pushed into a
/// cluster works in the same model space as <see cref="Preprocessor.Apply"/>: the loader's rounding, imputation
/// of missing values, log1p, centring and scaling, clipping. Constants are written as round-trip double literals.
/// </summary>
public static class ModelSpaceSql
{
    /// <summary>Name of the model-space column of the <paramref name="index"/>-th kept feature.</summary>
    public static string Column(int index) => $"m{index}";

    /// <summary>
    /// <c>SELECT id, m0, m1, ... FROM features</c>: one model-space row per customer of <paramref name="featureRelation"/>
    /// (a quoted relation with column <c>id</c> and the raw features under their names).
    /// </summary>
    public static string Query(ISqlDialect d, Preprocessor preprocessor, string featureRelation)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(preprocessor);
        var columns = preprocessor.Transforms.Select((t, j) => $"{Expression(d, t)} AS {Column(j)}");
        return $"SELECT id, {string.Join(", ", columns)} FROM {featureRelation}";
    }

    /// <summary>The model-space value of one kept feature, as <see cref="FeatureTransform.Apply"/> computes it.</summary>
    public static string Expression(ISqlDialect d, FeatureTransform t)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(t);
        static string L(double v) => KMeansSql.DoubleLiteral(v);
        // The loader hands the in-process side features rounded to FeatureDecimals; missing (NULL or NaN) takes the median.
        string rounded = $"round({d.QuoteIdentifier(t.Name)} * 1.0, {CustomerDataLoader.FeatureDecimals})";
        string x = $"(CASE WHEN {rounded} IS NULL OR NOT ({rounded} = {rounded}) THEN {L(t.Impute)} ELSE {rounded} END)";
        if (t.Log1p)
        {
            x = $"ln(1.0 + greatest({x}, 0.0))";
        }

        string scaled = $"(({x} - {L(t.Center)}) / {L(t.Scale)})";
        return double.IsPositiveInfinity(t.Clip) ? scaled : $"least(greatest({scaled}, {L(-t.Clip)}), {L(t.Clip)})";
    }
}
