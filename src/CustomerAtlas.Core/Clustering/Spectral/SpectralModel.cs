using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Spectral;

/// <summary>
/// A fitted spectral clustering. The embedding is defined only for the training graph, so
/// <see cref="Predict"/> gives a new row the label of its nearest training row (Euclidean,
/// ties to the lower row), which follows the clusters' non-convex shapes; the model keeps the
/// training rows for that.
/// </summary>
public sealed class SpectralModel : IClusterModel
{
    /// <summary>The name saved models carry.</summary>
    public const string AlgorithmName = "spectral";

    private readonly Lazy<KdTree> _index;

    /// <summary>Creates a model (used by the clusterer and by deserialisation).</summary>
    [JsonConstructor]
    public SpectralModel(int featureCount, int clusterCount, double[] trainingRows, IReadOnlyList<int> labels, double[] eigenvalues)
    {
        ArgumentNullException.ThrowIfNull(trainingRows);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (featureCount < 1 || trainingRows.Length != (long)labels.Count * featureCount || labels.Count == 0)
        {
            throw new ArgumentException($"Training rows ({trainingRows.Length} values) do not fit {labels.Count} × {featureCount}.", nameof(trainingRows));
        }

        FeatureCount = featureCount;
        ClusterCount = clusterCount;
        TrainingRows = trainingRows;
        Labels = labels;
        Eigenvalues = eigenvalues;
        _index = new Lazy<KdTree>(() => new KdTree(new Matrix<double>(Labels.Count, FeatureCount, TrainingRows)));
    }

    /// <inheritdoc/>
    public string Algorithm => AlgorithmName;

    /// <inheritdoc/>
    public int ClusterCount { get; }

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>The training rows, row-major (what <see cref="Predict"/> searches).</summary>
    public double[] TrainingRows { get; }

    /// <summary>
    /// The k leading eigenvalues of D^-1/2 W D^-1/2, largest first; values near 1 mark
    /// well-separated groups (1 − value is the normalised Laplacian's eigenvalue).
    /// </summary>
    public double[] Eigenvalues { get; }

    /// <inheritdoc/>
    public int[] Predict(Matrix<double> data) => NearestLabels.Assign(_index.Value, Labels, data);
}
