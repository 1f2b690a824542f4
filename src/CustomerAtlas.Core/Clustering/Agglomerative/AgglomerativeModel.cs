using System.Text.Json.Serialization;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>
/// A fitted hierarchical clustering: the dendrogram (scipy linkage-matrix convention), the
/// labels of the cut, and the centroid of each cluster. <see cref="Predict"/> assigns a new
/// row to the cluster whose centroid is nearest under <see cref="Metric"/>: the hierarchy
/// itself has no rule for unseen rows, and the centroid is the cheapest faithful summary.
/// </summary>
public sealed class AgglomerativeModel : IRuleAssignedModel
{
    /// <summary>The name saved models carry.</summary>
    public const string AlgorithmName = "agglomerative";

    /// <summary>Creates a model (used by the clusterer and by deserialisation).</summary>
    [JsonConstructor]
    public AgglomerativeModel(Linkage linkage, DistanceMetric metric, int featureCount, IReadOnlyList<int> labels, IReadOnlyList<DendrogramMerge> merges, double[] centroids)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(merges);
        ArgumentNullException.ThrowIfNull(centroids);
        if (featureCount < 1 || centroids.Length % featureCount != 0 || centroids.Length == 0)
        {
            throw new ArgumentException($"Centroids ({centroids.Length} values) do not fit {featureCount} features.", nameof(centroids));
        }

        Linkage = linkage;
        Metric = metric;
        FeatureCount = featureCount;
        Labels = labels;
        Merges = merges;
        Centroids = centroids;
    }

    /// <inheritdoc/>
    public string Algorithm => AlgorithmName;

    /// <summary>The linkage used.</summary>
    public Linkage Linkage { get; }

    /// <summary>The row distance (and the one used to predict).</summary>
    public DistanceMetric Metric { get; }

    /// <inheritdoc/>
    public int ClusterCount => Centroids.Length / FeatureCount;

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>The n - 1 merges sorted by height; merge i creates cluster n + i.</summary>
    public IReadOnlyList<DendrogramMerge> Merges { get; }

    /// <summary>Cluster centroids of the cut, row-major <see cref="ClusterCount"/> × <see cref="FeatureCount"/>.</summary>
    public double[] Centroids { get; }

    /// <summary>Labels of the training rows for another cut of the same dendrogram.</summary>
    public int[] Cut(int clusterCount) => DendrogramCut.Labels(Merges, Labels.Count, clusterCount);

    /// <inheritdoc/>
    /// <remarks>Null under the cosine metric, which the rules do not state.</remarks>
    public AssignmentRule? ExplicitRule() => Metric == DistanceMetric.Cosine ? null : new NearestCentroidRule(FeatureCount, Centroids, Metric);

    /// <inheritdoc/>
    public int[] Predict(Matrix<double> data)
    {
        NearestCenters.EnsureFeatureCount(data, FeatureCount);
        return NearestCenters.Assign(data, Centroids, Distance.For(Metric), -1);
    }
}
