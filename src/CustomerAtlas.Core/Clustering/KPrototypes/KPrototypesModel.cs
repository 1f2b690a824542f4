using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering.KPrototypes;

/// <summary>
/// A fitted k-prototypes clustering: per cluster a numeric mean and a categorical mode.
/// <see cref="Predict(MixedData)"/> assigns each row to the prototype of least
/// ‖x − μ‖² + <see cref="Gamma"/> × mismatches, the rule the training rows were labelled by;
/// unseen category codes simply mismatch every prototype.
/// </summary>
public sealed class KPrototypesModel : IClusterModel
{
    /// <summary>The name saved models carry.</summary>
    public const string AlgorithmName = "kprototypes";

    /// <summary>Creates a model (used by the clusterer and by deserialisation).</summary>
    [JsonConstructor]
    public KPrototypesModel(
        int numericCount, int categoricalCount, int[] categoricalColumns, double gamma, int clusterCount,
        double[] numericPrototypes, int[] categoricalPrototypes, IReadOnlyList<int> labels, double cost, int iterations)
    {
        ArgumentNullException.ThrowIfNull(categoricalColumns);
        ArgumentNullException.ThrowIfNull(numericPrototypes);
        ArgumentNullException.ThrowIfNull(categoricalPrototypes);
        ArgumentNullException.ThrowIfNull(labels);
        if (clusterCount < 1 || numericPrototypes.Length != clusterCount * numericCount
            || categoricalPrototypes.Length != clusterCount * categoricalCount || categoricalColumns.Length != categoricalCount)
        {
            throw new ArgumentException("Prototype arrays do not match the cluster and feature counts.", nameof(numericPrototypes));
        }

        NumericCount = numericCount;
        CategoricalCount = categoricalCount;
        CategoricalColumns = categoricalColumns;
        Gamma = gamma;
        ClusterCount = clusterCount;
        NumericPrototypes = numericPrototypes;
        CategoricalPrototypes = categoricalPrototypes;
        Labels = labels;
        Cost = cost;
        Iterations = iterations;
    }

    /// <inheritdoc/>
    public string Algorithm => AlgorithmName;

    /// <inheritdoc/>
    public int ClusterCount { get; }

    /// <inheritdoc/>
    public int FeatureCount => NumericCount + CategoricalCount;

    /// <summary>Number of numeric features.</summary>
    public int NumericCount { get; }

    /// <summary>Number of categorical features.</summary>
    public int CategoricalCount { get; }

    /// <summary>Which columns of a combined matrix hold the categorical codes (for <see cref="Predict(Matrix{double})"/>).</summary>
    public int[] CategoricalColumns { get; }

    /// <summary>Weight of one categorical mismatch.</summary>
    public double Gamma { get; }

    /// <summary>Numeric means, row-major <see cref="ClusterCount"/> × <see cref="NumericCount"/>.</summary>
    public double[] NumericPrototypes { get; }

    /// <summary>Categorical modes, row-major <see cref="ClusterCount"/> × <see cref="CategoricalCount"/>.</summary>
    public int[] CategoricalPrototypes { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Total cost of the training rows to their prototypes.</summary>
    public double Cost { get; }

    /// <summary>Assign/update rounds the kept initialisation ran.</summary>
    public int Iterations { get; }

    /// <summary>Assigns rows of a combined matrix (categorical codes in <see cref="CategoricalColumns"/>).</summary>
    public int[] Predict(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Cols != FeatureCount)
        {
            throw new ArgumentException($"The model was fitted on {FeatureCount} features but the data has {data.Cols}.", nameof(data));
        }

        return Predict(MixedData.FromColumns(data, CategoricalColumns));
    }

    /// <summary>
    /// Each row's dissimilarity to every prototype (rows × clusters): the square root of the
    /// k-prototypes cost ‖x − μ‖² + γ × mismatches, so the smallest entry is the assigned
    /// prototype and the values read like Euclidean distances (for confidence margins).
    /// </summary>
    public Matrix<double> Distances(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Cols != FeatureCount)
        {
            throw new ArgumentException($"The model was fitted on {FeatureCount} features but the data has {data.Cols}.", nameof(data));
        }

        var mixed = MixedData.FromColumns(data, CategoricalColumns);
        EnsureComplete(mixed, nameof(data));
        var result = new Matrix<double>(data.Rows, ClusterCount);
        for (int i = 0; i < data.Rows; i++)
        {
            var numeric = mixed.Numeric.RowReadOnly(i);
            var codes = mixed.CategoricalRow(i);
            for (int c = 0; c < ClusterCount; c++)
            {
                double cost = MixedCost.Of(
                    numeric, codes, NumericPrototypes.AsSpan(c * NumericCount, NumericCount), CategoricalPrototypes.AsSpan(c * CategoricalCount, CategoricalCount), Gamma);
                result[i, c] = Math.Sqrt(cost);
            }
        }

        return result;
    }

    /// <summary>Assigns mixed rows to their nearest prototype.</summary>
    public int[] Predict(MixedData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.NumericCount != NumericCount || data.CategoricalCount != CategoricalCount)
        {
            throw new ArgumentException(
                $"The model was fitted on {NumericCount} numeric and {CategoricalCount} categorical features; the data has {data.NumericCount} and {data.CategoricalCount}.",
                nameof(data));
        }

        EnsureComplete(data, nameof(data));
        var labels = new int[data.Rows];
        MixedCost.Assign(data, NumericPrototypes, CategoricalPrototypes, ClusterCount, Gamma, labels, -1);
        return labels;
    }

    /// <summary>k-prototypes has no rule for missing values: rejects NaN, infinities and missing codes.</summary>
    internal static void EnsureComplete(MixedData data, string parameter)
    {
        if (data.Rows == 0)
        {
            throw new ArgumentException("The data has zero rows.", parameter);
        }

        var values = data.Numeric.Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"The numeric value at row {i / data.NumericCount}, column {i % data.NumericCount} is {values[i]}; k-prototypes needs complete data.", parameter);
            }
        }

        int missing = Array.IndexOf(data.Categorical, MixedData.MissingCode);
        if (missing >= 0)
        {
            throw new ArgumentException(
                $"The categorical value at row {missing / data.CategoricalCount}, column {missing % data.CategoricalCount} is missing; k-prototypes needs complete data.", parameter);
        }
    }
}
