using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Reduction.Pca;

namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>
/// The fitted preprocessing: the kept features' transforms, the dropped features, and optionally a
/// PCA of the scaled features (when the automatic search chose a PCA preparation). Saved in
/// model.json so scoring repeats it exactly.
/// </summary>
/// <param name="Transforms">Kept features in scaled column order.</param>
/// <param name="Dropped">Features left out, with reasons.</param>
/// <param name="Pca">
/// Projection of the scaled features onto their leading principal components (see
/// <see cref="PcaChoice"/>), or null when the model works on the scaled features themselves.
/// </param>
/// <param name="Categorical">
/// Categorical columns appended as raw category codes after the scaled features (for k-prototypes),
/// or null. Their one-hot features are then not among <paramref name="Transforms"/>.
/// </param>
public sealed record Preprocessor(
    IReadOnlyList<FeatureTransform> Transforms,
    IReadOnlyList<DroppedFeature> Dropped,
    PcaModel? Pca = null,
    IReadOnlyList<CategoricalColumn>? Categorical = null)
{
    /// <summary>
    /// The model-space matrix (one row per customer) from raw feature columns by name: the scaled
    /// features, projected by <see cref="Pca"/> when there is one, followed by the codes of the
    /// <see cref="Categorical"/> columns when there are some. Every kept feature must be present.
    /// </summary>
    public Matrix<double> Apply(IReadOnlyDictionary<string, double[]> rawColumns, int rows)
    {
        var scaled = Scale(rawColumns, rows);
        var projected = Pca is null ? scaled : Pca.Transform(scaled);
        if (Categorical is not { Count: > 0 })
        {
            return projected;
        }

        int numeric = projected.Cols;
        var mixed = new Matrix<double>(rows, numeric + Categorical.Count);
        for (int i = 0; i < rows; i++)
        {
            projected.RowReadOnly(i).CopyTo(mixed.Row(i));
        }

        for (int c = 0; c < Categorical.Count; c++)
        {
            var codes = Categorical[c].Codes(rawColumns, rows);
            for (int i = 0; i < rows; i++)
            {
                mixed[i, numeric + c] = codes[i];
            }
        }

        return mixed;
    }

    /// <summary>Names of every raw feature <see cref="Apply"/> reads: the kept features, then the categorical columns' level features.</summary>
    public IReadOnlyList<string> InputFeatures =>
        [.. Transforms.Select(t => t.Name), .. (Categorical ?? []).SelectMany(c => c.LevelFeatures)];

    /// <summary>
    /// The scaled features (one column per <see cref="Transforms"/> entry, before any PCA): the space
    /// profiles and reports describe segments in.
    /// </summary>
    public Matrix<double> Scale(IReadOnlyDictionary<string, double[]> rawColumns, int rows)
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
