using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Clustering.Agglomerative;

/// <summary>
/// The textbook O(n³) greedy algorithm, computing each cluster distance from its members
/// (ward as the rise in the sum of squares), as an independent reference.
/// </summary>
internal static class NaiveLinkage
{
    public static (double[] Heights, List<List<int>> ClustersAtEachStep) Run(Matrix<double> data, Linkage linkage, int stopAt = 1)
    {
        var clusters = Enumerable.Range(0, data.Rows).Select(i => new List<int> { i }).ToList();
        var heights = new List<double>();
        while (clusters.Count > stopAt)
        {
            double best = double.PositiveInfinity;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < clusters.Count; i++)
            {
                for (int j = i + 1; j < clusters.Count; j++)
                {
                    double d = ClusterDistance(data, clusters[i], clusters[j], linkage);
                    if (d < best)
                    {
                        best = d;
                        bi = i;
                        bj = j;
                    }
                }
            }

            clusters[bi].AddRange(clusters[bj]);
            clusters.RemoveAt(bj);
            heights.Add(best);
        }

        return (heights.ToArray(), clusters);
    }

    public static int[] Labels(List<List<int>> clusters, int rows)
    {
        var labels = new int[rows];
        for (int c = 0; c < clusters.Count; c++)
        {
            foreach (int i in clusters[c])
            {
                labels[i] = c;
            }
        }

        return labels;
    }

    private static double ClusterDistance(Matrix<double> data, List<int> a, List<int> b, Linkage linkage)
    {
        if (linkage == Linkage.Ward)
        {
            double delta = SumOfSquares(data, [.. a, .. b]) - SumOfSquares(data, a) - SumOfSquares(data, b);
            return Math.Sqrt(2 * Math.Max(delta, 0));
        }

        var pairs = a.SelectMany(i => b.Select(j => Euclid(data, i, j))).ToList();
        return linkage switch
        {
            Linkage.Complete => pairs.Max(),
            Linkage.Average => pairs.Average(),
            _ => pairs.Min(),
        };
    }

    private static double SumOfSquares(Matrix<double> data, List<int> members)
    {
        double total = 0;
        for (int j = 0; j < data.Cols; j++)
        {
            double mean = members.Average(i => data[i, j]);
            total += members.Sum(i => (data[i, j] - mean) * (data[i, j] - mean));
        }

        return total;
    }

    private static double Euclid(Matrix<double> data, int i, int j)
    {
        double s = 0;
        for (int c = 0; c < data.Cols; c++)
        {
            double d = data[i, c] - data[j, c];
            s += d * d;
        }

        return Math.Sqrt(s);
    }
}
