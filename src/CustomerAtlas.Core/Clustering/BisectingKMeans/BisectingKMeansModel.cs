using System.Numerics;
using System.Text.Json.Serialization;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.BisectingKMeans;

/// <summary>
/// A fitted bisecting k-means: the binary tree of splits (node 0 is the root) and its leaves as clusters.
/// A row is assigned by descending the tree to the nearer child at each split, exactly as the training
/// rows were split, so <see cref="Predict(Matrix{double})"/> on the training rows reproduces <see cref="Labels"/>.
/// </summary>
public sealed class BisectingKMeansModel : IRuleAssignedModel
{
    /// <summary>Creates a model (used by the fit and by deserialisation).</summary>
    [JsonConstructor]
    public BisectingKMeansModel(BisectingNode[] nodes, int[] labels, double inertia, KMeansPrecision precision)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(labels);
        if (nodes.Length == 0)
        {
            throw new ArgumentException("A bisecting tree needs at least its root.", nameof(nodes));
        }

        Nodes = nodes;
        Labels = labels;
        Inertia = inertia;
        Precision = precision;
        Centroids = nodes.Where(n => n.IsLeaf).OrderBy(n => n.Label).Select(n => n.Centroid).ToArray();
    }

    /// <inheritdoc />
    [JsonIgnore]
    public string Algorithm => "bisecting-kmeans";

    /// <inheritdoc />
    [JsonIgnore]
    public int ClusterCount => Centroids.Length;

    /// <inheritdoc />
    [JsonIgnore]
    public int FeatureCount => Nodes[0].Centroid.Length;

    /// <summary>The split tree; node 0 is the root.</summary>
    public BisectingNode[] Nodes { get; }

    /// <summary>Leaf centroids by label.</summary>
    [JsonIgnore]
    public double[][] Centroids { get; }

    /// <summary>Labels of the training rows.</summary>
    public int[] Labels { get; }

    IReadOnlyList<int> IClusterModel.Labels => Labels;

    /// <summary>Sum of squared distances of the training rows to their leaf centroid.</summary>
    public double Inertia { get; }

    /// <summary>Precision distances were measured in.</summary>
    public KMeansPrecision Precision { get; }

    /// <summary>Leaf of each row, by descending the tree.</summary>
    public int[] Predict(Matrix<double> data) => Precision == KMeansPrecision.Single ? Descend(data.ToSingle()) : Descend(data);

    /// <summary>Leaf of each row (float32 data).</summary>
    public int[] Predict(Matrix<float> data) => Precision == KMeansPrecision.Single ? Descend(data) : Descend(data.ToDouble());

    /// <inheritdoc />
    /// <remarks>Null for a float32 model: its splits compare float32 distances.</remarks>
    public AssignmentRule? ExplicitRule() => Precision == KMeansPrecision.Double ? new CentroidTreeRule(Nodes) : null;

    internal int[] Descend<T>(Matrix<T> data)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(data);
        DataChecks.EnsureUsable(data, nameof(data));
        new ParameterErrors().Require(data.Cols == FeatureCount, nameof(data), $"has {data.Cols} features but the model has {FeatureCount}").ThrowIfAny();
        var labels = new int[data.Rows];
        var work = new Stack<(int Node, int[] Rows)>();
        work.Push((0, Enumerable.Range(0, data.Rows).ToArray()));
        while (work.Count > 0)
        {
            var (index, rows) = work.Pop();
            var node = Nodes[index];
            if (node.IsLeaf)
            {
                foreach (int r in rows)
                {
                    labels[r] = node.Label;
                }

                continue;
            }

            var side = NearerChild(data.SelectRows(rows), Nodes[node.Left].Centroid, Nodes[node.Right].Centroid);
            work.Push((node.Right, rows.Where((_, i) => side[i] == 1).ToArray()));
            work.Push((node.Left, rows.Where((_, i) => side[i] == 0).ToArray()));
        }

        return labels;
    }

    /// <summary>0 or 1 for each row: which of two centroids is nearer (the k-means assignment kernel, so ties resolve as in the fit).</summary>
    internal static int[] NearerChild<T>(Matrix<T> rows, double[] left, double[] right)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var side = new int[rows.Rows];
        if (rows.Rows == 0)
        {
            return side;
        }

        var problem = new KMeansProblem<T>(rows, null, -1, CancellationToken.None);
        var panel = new CentroidPanel<T>([.. left, .. right], 2, left.Length);
        KMeansRestart.AssignAll(problem, panel, side);
        return side;
    }
}
