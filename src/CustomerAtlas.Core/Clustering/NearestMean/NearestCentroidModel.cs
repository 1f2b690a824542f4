using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Clustering.NearestMean;

/// <summary>
/// A partition found by some procedure that has no predict rule of its own (e.g. the consensus of
/// several candidates), turned into a model that assigns new rows: each segment is represented by
/// the mean of its rows, and a row goes to the nearest mean (Euclidean; ties to the lower segment).
/// </summary>
public sealed class NearestCentroidModel : IClusterModel
{
    /// <summary>The name saved models carry.</summary>
    public const string AlgorithmName = "nearest-centroid";

    /// <summary>Creates a model (used by <see cref="FromLabels"/> and by deserialisation).</summary>
    /// <param name="source">What produced the partition (e.g. "consensus"), shown as <see cref="Algorithm"/>'s origin.</param>
    /// <param name="featureCount">Features per row.</param>
    /// <param name="labels">Labels of the training rows.</param>
    /// <param name="centroids">Segment means, row-major (segments × features).</param>
    [JsonConstructor]
    public NearestCentroidModel(string source, int featureCount, IReadOnlyList<int> labels, double[] centroids)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(centroids);
        if (featureCount < 1 || centroids.Length == 0 || centroids.Length % featureCount != 0)
        {
            throw new ArgumentException($"Centroids ({centroids.Length} values) do not fit rows of {featureCount} features.", nameof(centroids));
        }

        Source = source;
        FeatureCount = featureCount;
        Labels = labels;
        Centroids = centroids;
    }

    /// <inheritdoc/>
    public string Algorithm => AlgorithmName;

    /// <summary>What produced the partition the centroids summarise (e.g. "consensus").</summary>
    public string Source { get; }

    /// <inheritdoc/>
    public int ClusterCount => Centroids.Length / FeatureCount;

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Segment means, row-major <see cref="ClusterCount"/> × <see cref="FeatureCount"/>.</summary>
    public double[] Centroids { get; }

    /// <summary>
    /// The model of <paramref name="labels"/> (0..k−1 or −1 for rows to leave out) on
    /// <paramref name="data"/>; its <see cref="Labels"/> are the nearest-centroid assignment of
    /// <paramref name="labelled"/> (default <paramref name="data"/>), so training rows are labelled by the
    /// same rule as new ones. A partition found on a sample passes the whole data as
    /// <paramref name="labelled"/>: its rows are assigned once, not first the sample and then all of them.
    /// </summary>
    public static NearestCentroidModel FromLabels(
        string source, Matrix<double> data, IReadOnlyList<int> labels, int clusterCount, Matrix<double>? labelled = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(labels);
        labelled ??= data;
        if (labelled.Cols != data.Cols)
        {
            throw new ArgumentException($"labelled has {labelled.Cols} features but data has {data.Cols}.", nameof(labelled));
        }

        if (labels.Count != data.Rows)
        {
            throw new ArgumentException($"labels has {labels.Count} entries but data has {data.Rows} rows.", nameof(labels));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(clusterCount, 1);
        var present = new bool[clusterCount];
        foreach (int l in labels)
        {
            if (l >= clusterCount)
            {
                throw new ArgumentException($"Label {l} is outside 0..{clusterCount - 1}.", nameof(labels));
            }

            if (l >= 0)
            {
                present[l] = true;
            }
        }

        if (Array.IndexOf(present, false) >= 0)
        {
            throw new ArgumentException($"Every segment 0..{clusterCount - 1} needs at least one row.", nameof(labels));
        }

        var centroids = Internal.Centroids.Of(data, labels, clusterCount);
        var assigned = NearestCenters.Assign(labelled, centroids, EuclideanDistance.Instance, -1);
        return new NearestCentroidModel(source, data.Cols, assigned, centroids);
    }

    /// <inheritdoc/>
    public int[] Predict(Matrix<double> data)
    {
        NearestCenters.EnsureFeatureCount(data, FeatureCount);
        return NearestCenters.Assign(data, Centroids, EuclideanDistance.Instance, -1);
    }
}
