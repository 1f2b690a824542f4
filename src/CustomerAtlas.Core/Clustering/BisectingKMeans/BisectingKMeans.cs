using System.Numerics;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.BisectingKMeans;

/// <summary>
/// Bisecting k-means (Steinbach, Karypis &amp; Kumar 2000): start with one cluster and repeatedly split the
/// cluster chosen by <see cref="BisectingKMeansOptions.Strategy"/> with 2-means until there are K leaves.
/// Gives a hierarchy of segments for free and is less sensitive to seeding than flat k-means. Each split
/// works on a copy of its cluster's rows.
/// </summary>
public sealed class BisectingKMeans(BisectingKMeansOptions options) : IClusterer
{
    /// <summary>The options.</summary>
    public BisectingKMeansOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Fits on float64 data.</summary>
    public BisectingKMeansModel Fit(Matrix<double> data, CancellationToken cancellationToken = default) =>
        FitCore(data, KMeansPrecision.Double, cancellationToken);

    /// <summary>Fits on float32 data.</summary>
    public BisectingKMeansModel Fit(Matrix<float> data, CancellationToken cancellationToken = default) =>
        FitCore(data, KMeansPrecision.Single, cancellationToken);

    private BisectingKMeansModel FitCore<T>(Matrix<T> data, KMeansPrecision precision, CancellationToken cancellationToken)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Options.Validate();
        DataChecks.EnsureUsable(data, nameof(data));
        DataChecks.EnsureClusterCount(data.Rows, Options.K, nameof(Options.K));

        var nodes = new List<(double[] Centroid, int Left, int Right)>();
        var leaves = new List<Leaf>();
        var allRows = Enumerable.Range(0, data.Rows).ToArray();
        var rootCentroid = Mean(data, allRows);
        nodes.Add((rootCentroid, -1, -1));
        leaves.Add(new Leaf(0, allRows, SquaredError(data, allRows, rootCentroid)));

        for (int split = 0; leaves.Count < Options.K; split++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int pick = PickLeaf(leaves);
            if (pick < 0)
            {
                break; // every cluster is a single point: nothing left to split
            }

            var leaf = leaves[pick];
            var kmeans = new KMeans.KMeans(new KMeansOptions
            {
                K = 2,
                NInit = Options.NInit,
                MaxIterations = Options.MaxIterations,
                Tolerance = Options.Tolerance,
                Seed = unchecked((Options.Seed ?? Internal.Seeds.Default) + (split * 7919)),
                MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism,
            });
            var halves = kmeans.FitIn(data.SelectRows(leaf.Rows), cancellationToken);
            int[] left = leaf.Rows.Where((_, i) => halves.Labels[i] == 0).ToArray();
            int[] right = leaf.Rows.Where((_, i) => halves.Labels[i] == 1).ToArray();
            int leftNode = nodes.Count;
            nodes.Add((halves.Centroids[0], -1, -1));
            nodes.Add((halves.Centroids[1], -1, -1));
            nodes[leaf.Node] = (nodes[leaf.Node].Centroid, leftNode, leftNode + 1);
            leaves[pick] = new Leaf(leftNode, left, SquaredError(data, left, halves.Centroids[0]));
            leaves.Insert(pick + 1, new Leaf(leftNode + 1, right, SquaredError(data, right, halves.Centroids[1])));
        }

        // Leaves are kept in tree order (a split's halves replace it in place), which numbers the clusters.
        var labelOfNode = new Dictionary<int, int>();
        var labels = new int[data.Rows];
        double inertia = 0;
        for (int l = 0; l < leaves.Count; l++)
        {
            labelOfNode[leaves[l].Node] = l;
            foreach (int r in leaves[l].Rows)
            {
                labels[r] = l;
            }

            inertia += leaves[l].SquaredError;
        }

        var tree = nodes.Select((n, i) => new BisectingNode(n.Centroid, n.Left, n.Right, labelOfNode.GetValueOrDefault(i, -1))).ToArray();
        return new BisectingKMeansModel(tree, labels, inertia, precision);
    }

    private int PickLeaf(List<Leaf> leaves)
    {
        int best = -1;
        for (int l = 0; l < leaves.Count; l++)
        {
            if (leaves[l].Rows.Length < 2 || leaves[l].SquaredError <= 0)
            {
                continue;
            }

            double score = Options.Strategy == BisectingStrategy.LargestCluster ? leaves[l].Rows.Length : leaves[l].SquaredError;
            double bestScore = best < 0 ? double.NegativeInfinity
                : Options.Strategy == BisectingStrategy.LargestCluster ? leaves[best].Rows.Length : leaves[best].SquaredError;
            if (score > bestScore)
            {
                best = l;
            }
        }

        return best;
    }

    private static double[] Mean<T>(Matrix<T> data, int[] rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var mean = new double[data.Cols];
        foreach (int r in rows)
        {
            Kernels.SimdMath.AddScaledToDouble(data.RowReadOnly(r), 1, mean);
        }

        for (int j = 0; j < mean.Length; j++)
        {
            mean[j] /= rows.Length;
        }

        return mean;
    }

    private static double SquaredError<T>(Matrix<T> data, int[] rows, double[] centroid)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        double sum = 0;
        foreach (int r in rows)
        {
            var x = data.RowReadOnly(r);
            for (int j = 0; j < x.Length; j++)
            {
                double diff = Kernels.Widen.ToDouble(x[j]) - centroid[j];
                sum += diff * diff;
            }
        }

        return sum;
    }

    private sealed record Leaf(int Node, int[] Rows, double SquaredError);
}
