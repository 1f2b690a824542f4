using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Graphs;

/// <summary>Core distances of density-based methods: the distance to the k-th nearest row, the row itself counted first.</summary>
public static class CoreDistances
{
    /// <summary>
    /// Squared distance from each row of <paramref name="data"/> to its <paramref name="minSamples"/>-th
    /// nearest indexed row (self included), using <paramref name="tree"/> built over the same rows.
    /// </summary>
    public static double[] Squared(
        KdTree tree, Matrix<double> data, int minSamples, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(data);
        var (_, distances) = tree.KNearestAll(data, minSamples, maxDegreeOfParallelism, cancellationToken);
        var core2 = new double[data.Rows];
        for (int i = 0; i < core2.Length; i++)
        {
            core2[i] = distances[(i * minSamples) + minSamples - 1];
        }

        return core2;
    }
}
