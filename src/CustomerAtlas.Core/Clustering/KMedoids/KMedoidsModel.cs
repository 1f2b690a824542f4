using System.Text.Json.Serialization;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Clustering.KMedoids;

/// <summary>
/// A fitted k-medoids clustering. <see cref="Predict"/> assigns each row to its nearest medoid
/// under <see cref="Distance"/> (the same rule that labelled the training rows).
/// </summary>
public sealed class KMedoidsModel : IRuleAssignedModel
{
    /// <summary>The name saved models carry.</summary>
    public const string AlgorithmName = "kmedoids";

    /// <summary>Creates a model (used by the clusterer and by deserialisation).</summary>
    [JsonConstructor]
    public KMedoidsModel(IDistance distance, int featureCount, IReadOnlyList<int> labels, int[] medoidIndices, double[] medoids, double cost, int swaps)
    {
        ArgumentNullException.ThrowIfNull(distance);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(medoidIndices);
        ArgumentNullException.ThrowIfNull(medoids);
        if (featureCount < 1 || medoids.Length != medoidIndices.Length * featureCount || medoids.Length == 0)
        {
            throw new ArgumentException($"Medoids ({medoids.Length} values) do not fit {medoidIndices.Length} × {featureCount}.", nameof(medoids));
        }

        Distance = distance;
        FeatureCount = featureCount;
        Labels = labels;
        MedoidIndices = medoidIndices;
        Medoids = medoids;
        Cost = cost;
        Swaps = swaps;
    }

    /// <inheritdoc/>
    public string Algorithm => AlgorithmName;

    /// <summary>The dissimilarity the medoids were chosen under.</summary>
    public IDistance Distance { get; }

    /// <inheritdoc/>
    public int ClusterCount => MedoidIndices.Length;

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Training row index of each medoid (cluster c's exemplar is row MedoidIndices[c]).</summary>
    public int[] MedoidIndices { get; }

    /// <summary>The medoid rows, row-major <see cref="ClusterCount"/> × <see cref="FeatureCount"/>.</summary>
    public double[] Medoids { get; }

    /// <summary>Total deviation: the sum over training rows of the distance to their medoid.</summary>
    public double Cost { get; }

    /// <summary>Number of swaps the swap phase made after BUILD.</summary>
    public int Swaps { get; }

    /// <inheritdoc/>
    /// <remarks>Null for dissimilarities other than Euclidean, squared Euclidean and Manhattan.</remarks>
    public AssignmentRule? ExplicitRule()
    {
        DistanceMetric? metric = Distance switch
        {
            EuclideanDistance => DistanceMetric.Euclidean,
            SquaredEuclideanDistance => DistanceMetric.SquaredEuclidean,
            ManhattanDistance => DistanceMetric.Manhattan,
            _ => null,
        };
        return metric is { } m ? new NearestCentroidRule(FeatureCount, Medoids, m) : null;
    }

    /// <inheritdoc/>
    public int[] Predict(Matrix<double> data)
    {
        NearestCenters.EnsureFeatureCount(data, FeatureCount);
        return NearestCenters.Assign(data, Medoids, Distance, -1);
    }
}
