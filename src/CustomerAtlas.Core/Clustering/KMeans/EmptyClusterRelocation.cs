using System.Numerics;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>
/// Gives each empty cluster a new centroid at one of the rows farthest from its own centroid (as
/// scikit-learn does): the row's weight moves from its cluster's sums to the empty cluster's. The
/// farthest rows are found per block and merged in block order (distance descending, row ascending), so
/// the choice is deterministic. Rows that are alone in their cluster are never taken (that would just
/// move the hole). Returns whether any cluster was empty.
/// </summary>
internal static class EmptyClusterRelocation
{
    public static bool Relocate<T>(KMeansProblem<T> problem, CentroidPanel<T> panel, int[] labels, double[] sums, double[] weights)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int k = weights.Length;
        int d = problem.Cols;
        var empty = Enumerable.Range(0, k).Where(c => weights[c] <= 0).ToArray();
        if (empty.Length == 0)
        {
            return false;
        }

        // Enough candidates per block to survive the skips for lonely rows.
        int keep = empty.Length + k;
        var perBlock = new List<(double Distance, int Row)>[problem.Blocks.Count];
        problem.ForEachBlock(b =>
        {
            var top = new List<(double Distance, int Row)>(keep + 1);
            int end = problem.Blocks.Start(b) + problem.Blocks.Length(b);
            for (int i = problem.Blocks.Start(b); i < end; i++)
            {
                if (problem.Weight(i) <= 0)
                {
                    continue;
                }

                double dist = Widen.ToDouble(SimdMath.SquaredDistance(problem.RowRange(i, 1), panel.Row(labels[i])));
                if (top.Count == keep && dist <= top[^1].Distance)
                {
                    continue;
                }

                int at = top.FindIndex(t => t.Distance < dist);
                top.Insert(at < 0 ? top.Count : at, (dist, i));
                if (top.Count > keep)
                {
                    top.RemoveAt(top.Count - 1);
                }
            }

            perBlock[b] = top;
        });

        var candidates = perBlock.SelectMany(t => t)
            .OrderByDescending(t => t.Distance)
            .ThenBy(t => t.Row)
            .GetEnumerator();
        foreach (int target in empty)
        {
            while (candidates.MoveNext())
            {
                int row = candidates.Current.Row;
                int from = labels[row];
                double w = problem.Weight(row);
                if (weights[from] - w <= 0)
                {
                    continue;
                }

                var x = problem.RowRange(row, 1);
                SimdMath.AddScaledToDouble(x, -w, sums.AsSpan(from * d, d));
                weights[from] -= w;
                sums.AsSpan(target * d, d).Clear();
                SimdMath.AddScaledToDouble(x, w, sums.AsSpan(target * d, d));
                weights[target] = w;
                break;
            }
        }

        return true;
    }
}
