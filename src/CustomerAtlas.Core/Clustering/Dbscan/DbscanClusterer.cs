using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Validation;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// DBSCAN (Ester et al. 1996) over a k-d tree. Core points have at least
/// <see cref="DbscanOptions.MinSamples"/> rows within <see cref="DbscanOptions.Eps"/>; core
/// points within eps of each other form clusters (numbered by their smallest core row, as
/// scikit-learn numbers them); every other row joins the cluster of its nearest core point
/// within eps (a border point) or is noise. Choosing the nearest core point, rather than
/// whichever cluster reached the row first, makes border labels independent of visiting order.
/// </summary>
public sealed class DbscanClusterer(DbscanOptions? options = null) : IClusterer
{
    /// <summary>The options in use.</summary>
    public DbscanOptions Options { get; } = options ?? new DbscanOptions();

    /// <summary>Fits DBSCAN to <paramref name="data"/>.</summary>
    public DbscanModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data, nameof(data));
        int n = data.Rows;
        double eps = Options.Eps;
        var tree = new KdTree(data);
        var isCore = new bool[n];
        var blocks = RowBlocks.OfSize(n, KdTree.QueryBlockRows);
        BlockParallel.For(blocks, Options.MaxDegreeOfParallelism, b =>
        {
            for (int i = blocks.Start(b); i < blocks.Start(b) + blocks.Length(b); i++)
            {
                isCore[i] = tree.CountWithin(data.RowReadOnly(i), eps) >= Options.MinSamples;
            }
        }, cancellationToken);

        var coreIndices = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (isCore[i])
            {
                coreIndices.Add(i);
            }
        }

        if (coreIndices.Count == 0)
        {
            var noise = new int[n];
            Array.Fill(noise, IClusterModel.Noise);
            return new DbscanModel(eps, Options.MinSamples, data.Cols, 0, noise, [], [], []);
        }

        var corePoints = data.SelectRows(coreIndices.ToArray());
        var coreTree = new KdTree(corePoints);
        var (coreLabels, clusterCount) = ConnectCorePoints(coreTree, corePoints, eps, cancellationToken);
        var labels = NearestLabels.Assign(coreTree, coreLabels, data, eps, IClusterModel.Noise, Options.MaxDegreeOfParallelism, cancellationToken);
        for (int c = 0; c < coreIndices.Count; c++)
        {
            labels[coreIndices[c]] = coreLabels[c];
        }

        return new DbscanModel(eps, Options.MinSamples, data.Cols, clusterCount, labels, coreIndices, corePoints.Values, coreLabels);
    }

    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Connected components of the eps-graph on core points, numbered by smallest member.</summary>
    private static (int[] Labels, int Count) ConnectCorePoints(KdTree coreTree, Matrix<double> corePoints, double eps, CancellationToken cancellationToken)
    {
        int m = corePoints.Rows;
        var labels = new int[m];
        Array.Fill(labels, -1);
        var queue = new Queue<int>();
        var neighbors = new List<int>();
        int count = 0;
        for (int seed = 0; seed < m; seed++)
        {
            if (labels[seed] >= 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            labels[seed] = count;
            queue.Enqueue(seed);
            while (queue.TryDequeue(out int p))
            {
                neighbors.Clear();
                coreTree.Within(corePoints.RowReadOnly(p), eps, neighbors);
                foreach (int q in neighbors)
                {
                    if (labels[q] < 0)
                    {
                        labels[q] = count;
                        queue.Enqueue(q);
                    }
                }
            }

            count++;
        }

        return (labels, count);
    }
}
