using System.Text.Json.Serialization;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Deep.Model;

/// <summary>
/// A fitted deep clustering (DEC, IDEC or VAE + k-means): an encoder into the latent space and
/// cluster centres there. A customer belongs to the nearest centre; for DEC and IDEC that is also
/// the largest Student-t soft assignment, which decreases with distance.
/// </summary>
public sealed class DeepClusterModel : IClusterModel
{
    // A fitted deep model can be saved as soon as it exists, so its names join the registry first.
    static DeepClusterModel() => DeepModels.Register();

    /// <summary>Creates the model (used by fitting and by loading).</summary>
    [JsonConstructor]
    public DeepClusterModel(
        string algorithm, LatentEncoder encoder, float[] centroids, double alpha,
        IReadOnlyList<int> labels, IReadOnlyList<double> pretrainLoss, IReadOnlyList<double> clusteringLoss)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(centroids);
        if (centroids.Length == 0 || centroids.Length % encoder.LatentDimension != 0)
        {
            throw new ArgumentException("Centroids must be a whole number of latent vectors.", nameof(centroids));
        }

        Algorithm = algorithm;
        Encoder = encoder;
        Centroids = centroids;
        Alpha = alpha;
        Labels = labels;
        PretrainLoss = pretrainLoss;
        ClusteringLoss = clusteringLoss;
    }

    /// <inheritdoc />
    public string Algorithm { get; }

    /// <summary>The encoder into the latent space.</summary>
    public LatentEncoder Encoder { get; }

    /// <summary>Cluster centres in the latent space, [k × latent] row-major.</summary>
    public float[] Centroids { get; }

    /// <summary>Degrees of freedom of the Student-t kernel of <see cref="PredictProbabilities"/>.</summary>
    public double Alpha { get; }

    /// <inheritdoc />
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Mean reconstruction (or VAE) loss per pretraining epoch.</summary>
    public IReadOnlyList<double> PretrainLoss { get; }

    /// <summary>Mean clustering loss per clustering epoch (empty for VAE + k-means).</summary>
    public IReadOnlyList<double> ClusteringLoss { get; }

    /// <inheritdoc />
    [JsonIgnore]
    public int ClusterCount => Centroids.Length / Encoder.LatentDimension;

    /// <inheritdoc />
    [JsonIgnore]
    public int FeatureCount => Encoder.Inputs;

    /// <inheritdoc />
    public int[] Predict(Matrix<double> data)
    {
        var codes = Encoder.Encode(data);
        return LatentGeometry.Nearest(codes, data.Rows, Centroids, Encoder.LatentDimension);
    }

    /// <summary>Student-t soft assignments, [rows × k] row-major; each row sums to 1.</summary>
    public double[] PredictProbabilities(Matrix<double> data)
    {
        var codes = Encoder.Encode(data);
        return LatentGeometry.StudentT(codes, data.Rows, Centroids, Encoder.LatentDimension, Alpha);
    }
}
