using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// Assigns rows the label of their nearest indexed row (ties: smaller index), optionally only
/// when it lies within a maximum distance. Used by models that predict like 1-nearest-neighbour
/// over their training or core points.
/// </summary>
public static class NearestLabels
{
    /// <summary>
    /// For each row of <paramref name="data"/>: <c>labels[nearest indexed row]</c>, or
    /// <paramref name="fallback"/> when that row is farther than <paramref name="maxDistance"/>.
    /// </summary>
    public static int[] Assign(
        KdTree tree,
        IReadOnlyList<int> labels,
        Matrix<double> data,
        double maxDistance = double.PositiveInfinity,
        int fallback = -1,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Cols != tree.Dimensions)
        {
            throw new ArgumentException($"The data has {data.Cols} columns; the model was fitted on {tree.Dimensions}.", nameof(data));
        }

        double limit2 = maxDistance * maxDistance;
        var result = new int[data.Rows];
        var blocks = RowBlocks.OfSize(data.Rows, KdTree.QueryBlockRows);
        BlockParallel.For(blocks, maxDegreeOfParallelism, b =>
        {
            for (int i = blocks.Start(b); i < blocks.Start(b) + blocks.Length(b); i++)
            {
                int nearest = tree.NearestWithin(data.RowReadOnly(i), limit2);
                result[i] = nearest >= 0 ? labels[nearest] : fallback;
            }
        }, cancellationToken);
        return result;
    }
}
