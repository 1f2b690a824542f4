using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Hdbscan;

/// <summary>
/// A fitted HDBSCAN clustering: labels (-1 = noise), membership probabilities, GLOSH outlier
/// scores, the condensed tree and the selected clusters. New rows are placed like the hdbscan
/// library's <c>approximate_predict</c>: among the row's nearest training points, the one closest
/// in mutual-reachability distance decides where in the condensed tree the row would fall out,
/// and at what density. Predicting the training rows reproduces <see cref="Labels"/>.
/// </summary>
public sealed class HdbscanModel : IClusterModel
{
    private readonly HdbscanLabelling _labelling;
    private readonly Lazy<KdTree> _tree;

    /// <summary>Creates a model (used by the fitter and by deserialisation).</summary>
    [JsonConstructor]
    public HdbscanModel(
        int featureCount,
        IReadOnlyList<int> labels,
        IReadOnlyList<double> probabilities,
        IReadOnlyList<double> outlierScores,
        CondensedTree condensedTree,
        IReadOnlyList<int> selectedClusters,
        IReadOnlyList<double> points,
        IReadOnlyList<double> squaredCoreDistances,
        int minSamples)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(outlierScores);
        ArgumentNullException.ThrowIfNull(condensedTree);
        ArgumentNullException.ThrowIfNull(selectedClusters);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(squaredCoreDistances);
        int n = labels.Count;
        if (featureCount < 1 || points.Count != n * featureCount || probabilities.Count != n || outlierScores.Count != n
            || squaredCoreDistances.Count != n || condensedTree.PointCount != n || minSamples < 1)
        {
            throw new ArgumentException("The stored HDBSCAN arrays disagree in size.", nameof(labels));
        }

        FeatureCount = featureCount;
        Labels = labels;
        Probabilities = probabilities;
        OutlierScores = outlierScores;
        CondensedTree = condensedTree;
        SelectedClusters = selectedClusters;
        Points = points;
        SquaredCoreDistances = squaredCoreDistances;
        MinSamples = minSamples;
        _labelling = new HdbscanLabelling(condensedTree, selectedClusters);
        _tree = new Lazy<KdTree>(() => new KdTree(new Matrix<double>(n, FeatureCount, [.. Points])));
    }

    /// <inheritdoc/>
    public string Algorithm => "hdbscan";

    /// <inheritdoc/>
    public int ClusterCount => SelectedClusters.Count;

    /// <inheritdoc/>
    public int FeatureCount { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Strength of each training row's membership in its cluster, in [0, 1] (0 for noise).</summary>
    public IReadOnlyList<double> Probabilities { get; }

    /// <summary>GLOSH outlier score of each training row, in [0, 1] (higher = more outlying).</summary>
    public IReadOnlyList<double> OutlierScores { get; }

    /// <summary>The condensed cluster tree.</summary>
    public CondensedTree CondensedTree { get; }

    /// <summary>Condensed-tree ids of the selected clusters; label i is the i-th smallest id.</summary>
    public IReadOnlyList<int> SelectedClusters { get; }

    /// <summary>Training points, row-major.</summary>
    public IReadOnlyList<double> Points { get; }

    /// <summary>Squared core distances of the training points (stored exactly as used in the fit).</summary>
    public IReadOnlyList<double> SquaredCoreDistances { get; }

    /// <summary>Neighbours (self included) that defined core distances.</summary>
    public int MinSamples { get; }

    /// <inheritdoc/>
    public int[] Predict(Matrix<double> data) => PredictWithProbabilities(data).Labels;

    /// <summary>Approximate labels and membership probabilities of new rows.</summary>
    public (int[] Labels, double[] Probabilities) PredictWithProbabilities(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tree = _tree.Value;
        if (data.Cols != FeatureCount)
        {
            throw new ArgumentException($"The data has {data.Cols} columns; the model was fitted on {FeatureCount}.", nameof(data));
        }

        int n = Labels.Count;
        int coreRank = Math.Min(MinSamples, n);
        int k = Math.Min(2 * MinSamples, n);
        var labels = new int[data.Rows];
        var probabilities = new double[data.Rows];
        var (neighbors, distances) = tree.KNearestAll(data, k);
        var index = _labelling.Index;
        for (int i = 0; i < data.Rows; i++)
        {
            int offset = i * k;
            double core2 = distances[offset + coreRank - 1];
            int best = -1;
            double bestReach = double.PositiveInfinity;
            double bestDistance = double.PositiveInfinity;
            for (int j = offset; j < offset + k; j++)
            {
                int q = neighbors[j];
                double reach = Math.Max(core2, Math.Max(SquaredCoreDistances[q], distances[j]));
                if (best < 0 || reach < bestReach || (reach == bestReach && (distances[j] < bestDistance
                    || (distances[j] == bestDistance && q < best))))
                {
                    best = q;
                    bestReach = reach;
                    bestDistance = distances[j];
                }
            }

            double lambda = bestReach > 0 ? 1.0 / Math.Sqrt(bestReach) : double.PositiveInfinity;
            lambda = Math.Min(lambda, index.PointLambda[best]);
            int cluster = index.PointCluster[best];
            labels[i] = _labelling.LabelAt(cluster, lambda);
            probabilities[i] = _labelling.ProbabilityAt(cluster, lambda);
        }

        return (labels, probabilities);
    }
}
