using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Reduction.Pca;

/// <summary>
/// A fitted PCA: the mean, the components (unit rows, largest-magnitude entry positive) and the variance
/// each explains. Saves to a versioned JSON envelope and loads back identically.
/// </summary>
public sealed class PcaModel
{
    /// <summary>Value of the envelope's "format" field.</summary>
    public const string FormatName = "customeratlas.pca";

    /// <summary>Current format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Creates a model (used by the fit and by deserialisation).</summary>
    [JsonConstructor]
    public PcaModel(double[] mean, double[][] components, double[] explainedVariance, double[] explainedVarianceRatio, double totalVariance)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(components);
        if (components.Length == 0 || components.Any(c => c is null || c.Length != mean.Length))
        {
            throw new ArgumentException("Every component must have one entry per feature.", nameof(components));
        }

        Mean = mean;
        Components = components;
        ExplainedVariance = explainedVariance;
        ExplainedVarianceRatio = explainedVarianceRatio;
        TotalVariance = totalVariance;
    }

    /// <summary>Column means of the training data.</summary>
    public double[] Mean { get; }

    /// <summary>Principal axes, one unit row per component, by decreasing variance.</summary>
    public double[][] Components { get; }

    /// <summary>Variance along each component (sample variance, n − 1).</summary>
    public double[] ExplainedVariance { get; }

    /// <summary>Share of the total variance along each component.</summary>
    public double[] ExplainedVarianceRatio { get; }

    /// <summary>Total variance of the training data (sum of per-feature sample variances).</summary>
    public double TotalVariance { get; }

    /// <summary>Number of features.</summary>
    [JsonIgnore]
    public int FeatureCount => Mean.Length;

    /// <summary>Number of components.</summary>
    [JsonIgnore]
    public int ComponentCount => Components.Length;

    /// <summary>Scores: (x − mean) · componentsᵀ, rows × components.</summary>
    public Matrix<double> Transform(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Cols != FeatureCount)
        {
            throw new ArgumentException($"The model was fitted on {FeatureCount} features but the data has {data.Cols}.", nameof(data));
        }

        var scores = new Matrix<double>(data.Rows, ComponentCount);
        var diff = new double[FeatureCount];
        for (int i = 0; i < data.Rows; i++)
        {
            System.Numerics.Tensors.TensorPrimitives.Subtract(data.RowReadOnly(i), Mean, diff);
            for (int c = 0; c < ComponentCount; c++)
            {
                scores[i, c] = System.Numerics.Tensors.TensorPrimitives.Dot(diff, Components[c]);
            }
        }

        return scores;
    }

    /// <summary>Back to feature space: mean + scores · components (exact when all components are kept).</summary>
    public Matrix<double> InverseTransform(Matrix<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Cols != ComponentCount)
        {
            throw new ArgumentException($"Expected {ComponentCount} score columns but got {scores.Cols}.", nameof(scores));
        }

        var data = new Matrix<double>(scores.Rows, FeatureCount);
        for (int i = 0; i < scores.Rows; i++)
        {
            var row = data.Row(i);
            Mean.CopyTo(row);
            for (int c = 0; c < ComponentCount; c++)
            {
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(Components[c], scores[i, c], row, row);
            }
        }

        return data;
    }

    /// <summary>Writes the model as a versioned JSON envelope.</summary>
    public void Save(Stream stream)
    {
        var envelope = new JsonObject
        {
            ["format"] = FormatName,
            ["formatVersion"] = FormatVersion,
            ["model"] = JsonSerializer.SerializeToNode(this),
        };
        using var writer = new Utf8JsonWriter(stream);
        envelope.WriteTo(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static PcaModel Load(Stream stream)
    {
        var envelope = JsonNode.Parse(stream) ?? throw new InvalidDataException("The PCA model file is empty.");
        if ((string?)envelope["format"] != FormatName)
        {
            throw new InvalidDataException($"Not a CustomerAtlas PCA model (format field is '{envelope["format"]}').");
        }

        int version = (int?)envelope["formatVersion"] ?? 0;
        if (version < 1 || version > FormatVersion)
        {
            throw new InvalidDataException($"PCA model format version {version} is not supported (this build reads 1..{FormatVersion}).");
        }

        return envelope["model"]?.Deserialize<PcaModel>() ?? throw new InvalidDataException("The PCA model file has no 'model' field.");
    }

    /// <summary>Flips <paramref name="v"/> so its largest-magnitude entry is positive (first such entry on ties).</summary>
    internal static double[] SignNormalized(double[] v)
    {
        int arg = 0;
        for (int j = 1; j < v.Length; j++)
        {
            if (Math.Abs(v[j]) > Math.Abs(v[arg]))
            {
                arg = j;
            }
        }

        if (v[arg] < 0)
        {
            for (int j = 0; j < v.Length; j++)
            {
                v[j] = -v[j];
            }
        }

        return v;
    }
}
