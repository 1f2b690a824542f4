using System.Numerics;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>k distinct rows chosen uniformly (Floyd's sampling: O(k) memory, not O(n)).</summary>
internal static class RandomInit
{
    public static double[] Run<T>(KMeansProblem<T> problem, int k, Random rng)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = problem.Rows;
        int d = problem.Cols;
        var chosen = new HashSet<int>();
        var order = new List<int>(k);
        for (int j = n - k; j < n; j++)
        {
            int t = rng.Next(j + 1);
            int pick = chosen.Add(t) ? t : j;
            if (pick == j)
            {
                chosen.Add(j);
            }

            order.Add(pick);
        }

        var centers = new double[k * d];
        for (int c = 0; c < k; c++)
        {
            var x = problem.RowRange(order[c], 1);
            for (int j = 0; j < d; j++)
            {
                centers[(c * d) + j] = double.CreateTruncating(x[j]);
            }
        }

        return centers;
    }
}
