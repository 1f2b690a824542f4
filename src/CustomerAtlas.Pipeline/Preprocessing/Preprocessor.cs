using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>The fitted preprocessing: the kept features' transforms and the dropped features. Saved in model.json.</summary>
/// <param name="Transforms">Kept features in model column order.</param>
/// <param name="Dropped">Features left out, with reasons.</param>
public sealed record Preprocessor(IReadOnlyList<FeatureTransform> Transforms, IReadOnlyList<DroppedFeature> Dropped)
{
    /// <summary>
    /// The model-space matrix (one row per customer) from raw feature columns by name; every kept
    /// feature must be present.
    /// </summary>
    public Matrix<double> Apply(IReadOnlyDictionary<string, double[]> rawColumns, int rows)
    {
        ArgumentNullException.ThrowIfNull(rawColumns);
        var m = new Matrix<double>(rows, Transforms.Count);
        for (int j = 0; j < Transforms.Count; j++)
        {
            var t = Transforms[j];
            if (!rawColumns.TryGetValue(t.Name, out var values))
            {
                throw new ArgumentException($"Feature '{t.Name}' is missing from the input.", nameof(rawColumns));
            }

            if (values.Length != rows)
            {
                throw new ArgumentException($"Feature '{t.Name}' has {values.Length} values, expected {rows}.", nameof(rawColumns));
            }

            for (int i = 0; i < rows; i++)
            {
                m.Values[(i * m.Cols) + j] = t.Apply(values[i]);
            }
        }

        return m;
    }
}
