using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// A fitted DBSCAN clustering. A new row joins the cluster of its nearest core point when that
/// point lies within <see cref="Eps"/>, else it is noise: the same rule that labelled the
/// training border points, so predicting the training rows reproduces <see cref="Labels"/>.
/// </summary>
public sealed class DbscanModel : IClusterModel
{
    private readonly Lazy<KdTree?> _coreTree;

    /// <summary>Creates a model (used by the fitter and by deserialisation).</summary>
    [JsonConstructor]
    public DbscanModel(
        double eps,
        int minSamples,
        int featureCount,
        int clusterCount,
        IReadOnlyList<int> labels,
        IReadOnlyList<int> coreSampleIndices,
        IReadOnlyList<double> corePoints,
        IReadOnlyList<int> coreLabels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(coreSampleIndices);
        ArgumentNullException.ThrowIfNull(corePoints);
        ArgumentNullException.ThrowIfNull(coreLabels);
        if (featureCount < 1 || coreLabels.Count != coreSampleIndices.Count || corePoints.Count != coreLabels.Count * featureCount)
        {
            throw new ArgumentException("The stored core points, labels and indices disagree in size.", nameof(corePoints));
        }

        Eps = eps;
        MinSamples = minSamples;
        FeatureCount = featureCount;
        ClusterCount = clusterCount;
        Labels = labels;
        CoreSampleIndices = coreSampleIndices;
        CorePoints = corePoints;
        CoreLabels = coreLabels;
        _coreTree = new Lazy<KdTree?>(() =>
            CoreLabels.Count == 0 ? null : new KdTree(new Matrix<double>(CoreLabels.Count, FeatureCount, [.. CorePoints])));
    }

    /// <inheritdoc/>
    public string Algorithm => "dbscan";

    /// <summary>Neighbourhood radius the model was fitted with.</summary>
    public double Eps { get; }

    /// <summary>Core-point threshold the model was fitted with.</summary>
    public int MinSamples { get; }

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <inheritdoc/>
    public int ClusterCount { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Training rows that are core points, ascending.</summary>
    public IReadOnlyList<int> CoreSampleIndices { get; }

    /// <summary>Coordinates of the core points, row-major, in <see cref="CoreSampleIndices"/> order.</summary>
    public IReadOnlyList<double> CorePoints { get; }

    /// <summary>Cluster of each core point.</summary>
    public IReadOnlyList<int> CoreLabels { get; }

    /// <inheritdoc/>
    public int[] Predict(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Cols != FeatureCount)
        {
            throw new ArgumentException($"The data has {data.Cols} columns; the model was fitted on {FeatureCount}.", nameof(data));
        }

        var tree = _coreTree.Value;
        if (tree is null)
        {
            var noise = new int[data.Rows];
            Array.Fill(noise, IClusterModel.Noise);
            return noise;
        }

        return NearestLabels.Assign(tree, CoreLabels, data, Eps);
    }
}
