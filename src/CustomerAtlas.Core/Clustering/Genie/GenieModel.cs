using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Genie;

/// <summary>
/// A fitted Genie clustering: the full merge hierarchy, the cut in use, and the training points.
/// New rows take the label of their nearest training point (the natural extension of a
/// minimum-spanning-tree clustering), so predicting the training rows reproduces
/// <see cref="Labels"/>. <see cref="WithClusterCount"/> re-cuts the same hierarchy.
/// </summary>
public sealed class GenieModel : IClusterModel
{
    private readonly Lazy<KdTree> _tree;

    /// <summary>Creates a model (used by the fitter and by deserialisation).</summary>
    [JsonConstructor]
    public GenieModel(
        int clusterCount,
        int featureCount,
        IReadOnlyList<int> labels,
        IReadOnlyList<double> points,
        GenieHierarchy hierarchy,
        IReadOnlyList<int> noiseAnchors,
        double giniThreshold,
        int minSamples)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(noiseAnchors);
        if (featureCount < 1 || points.Count != labels.Count * featureCount || hierarchy.PointCount != labels.Count
            || noiseAnchors.Count != labels.Count)
        {
            throw new ArgumentException("The stored points, labels and hierarchy disagree in size.", nameof(points));
        }

        ClusterCount = clusterCount;
        FeatureCount = featureCount;
        Labels = labels;
        Points = points;
        Hierarchy = hierarchy;
        NoiseAnchors = noiseAnchors;
        GiniThreshold = giniThreshold;
        MinSamples = minSamples;
        _tree = new Lazy<KdTree>(() => new KdTree(new Matrix<double>(Labels.Count, FeatureCount, [.. Points])));
    }

    /// <inheritdoc/>
    public string Algorithm => "genie";

    /// <inheritdoc/>
    public int ClusterCount { get; }

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Training points, row-major (prediction looks up the nearest one).</summary>
    public IReadOnlyList<double> Points { get; }

    /// <summary>The full merge list.</summary>
    public GenieHierarchy Hierarchy { get; }

    /// <summary>For each noise point that is reassigned after the cut, the point whose label it takes; -1 otherwise.</summary>
    public IReadOnlyList<int> NoiseAnchors { get; }

    /// <summary>Gini threshold the hierarchy was built with.</summary>
    public double GiniThreshold { get; }

    /// <summary>Smoothing factor M the hierarchy was built with.</summary>
    public int MinSamples { get; }

    /// <summary>The same hierarchy cut at <paramref name="clusterCount"/> clusters.</summary>
    public GenieModel WithClusterCount(int clusterCount) =>
        new(clusterCount, FeatureCount, LabelsAt(Hierarchy, NoiseAnchors, clusterCount), Points, Hierarchy, NoiseAnchors, GiniThreshold, MinSamples);

    /// <inheritdoc/>
    public int[] Predict(Matrix<double> data) => NearestLabels.Assign(_tree.Value, Labels, data);

    /// <summary>Labels of a cut with noise points reassigned to their anchors.</summary>
    internal static int[] LabelsAt(GenieHierarchy hierarchy, IReadOnlyList<int> noiseAnchors, int clusterCount)
    {
        var labels = hierarchy.CutAt(clusterCount);
        for (int i = 0; i < labels.Length; i++)
        {
            if (noiseAnchors[i] >= 0)
            {
                labels[i] = labels[noiseAnchors[i]];
            }
        }

        return labels;
    }
}
