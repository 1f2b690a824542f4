using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// DBSCAN (Ester et al. 1996) over a uniform grid up to <see cref="GridDbscan.MaxDimensions"/> features and a
/// k-d tree above (both give the same labels). Core points have at least
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
        var result = (data.Cols <= GridDbscan.MaxDimensions
                ? GridDbscan.TryFit(data, Options.Eps, Options.MinSamples, Options.MaxDegreeOfParallelism, cancellationToken)
                : null)
            ?? FitWithTree(data, cancellationToken);
        var corePoints = data.SelectRows(result.CoreIndices.ToArray());
        return new DbscanModel(
            Options.Eps, Options.MinSamples, data.Cols, result.ClusterCount, result.Labels, result.CoreIndices, corePoints.Values, result.CoreLabels);
    }

    /// <summary>The k-d tree search, for any dimension (the grid serves up to <see cref="GridDbscan.MaxDimensions"/>).</summary>
    internal DbscanResult FitWithTree(Matrix<double> data, CancellationToken cancellationToken)
    {
        int n = data.Rows;
        double eps = Options.Eps;
        var tree = new KdTree(data, KdTree.DefaultLeafSize, Options.MaxDegreeOfParallelism);
        var isCore = CorePoints.Mark(tree, eps, Options.MinSamples, Options.MaxDegreeOfParallelism, cancellationToken);

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
            return new DbscanResult(noise, coreIndices, [], 0);
        }

        var coreTree = KdTreeSubset.Of(tree, isCore);
        var (coreLabels, clusterCount) = CoreComponents.Find(coreTree, eps, Options.MaxDegreeOfParallelism, cancellationToken);
        var labels = new int[n];
        for (int c = 0; c < coreIndices.Count; c++)
        {
            labels[coreIndices[c]] = coreLabels[c];
        }

        // Every other row takes the cluster of its nearest core point within eps (border) or is noise.
        var others = Enumerable.Range(0, n).Where(i => !isCore[i]).ToArray();
        if (others.Length > 0)
        {
            var assigned = NearestLabels.Assign(
                coreTree, coreLabels, data.SelectRows(others), eps, IClusterModel.Noise, Options.MaxDegreeOfParallelism, cancellationToken);
            for (int j = 0; j < others.Length; j++)
            {
                labels[others[j]] = assigned[j];
            }
        }

        return new DbscanResult(labels, coreIndices, coreLabels, clusterCount);
    }

    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);
}
