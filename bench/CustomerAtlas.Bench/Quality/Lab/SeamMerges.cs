using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>One merge of two segments across the densest seam.</summary>
/// <param name="Seam">Pair conductance of the merged pair before the merge (edges between / smaller degree sum).</param>
/// <param name="SeamAfter">Densest seam of the partition after the merge.</param>
/// <param name="Segments">Segments after the merge.</param>
/// <param name="Ari">ARI of the merged partition against the reference labels.</param>
internal sealed record SeamMerge(double Seam, double SeamAfter, int Segments, double Ari);

/// <summary>
/// Merges a partition's two segments that share the densest seam on the neighbour graph, again and again, recording
/// each step's seam and ARI, so the lab can test "merge while a seam is dense" without the search producing those
/// partitions.
/// </summary>
internal static class SeamMerges
{
    /// <summary>Most merges followed per candidate.</summary>
    private const int MostMerges = 6;

    /// <summary>
    /// Follows up to <see cref="MostMerges"/> merges of <paramref name="labels"/> (all rows) starting from the k × k
    /// <paramref name="counts"/> of the evaluation sample's neighbour graph (<see cref="NeighbourGraph.ClusterEdgeCounts"/>).
    /// </summary>
    public static IReadOnlyList<SeamMerge> Follow(long[] counts, int[] labels, Func<int[], double> ari)
    {
        int k = (int)Math.Round(Math.Sqrt(counts.Length));
        var matrix = (long[])counts.Clone();
        var target = Enumerable.Range(0, k).ToArray();
        var alive = Enumerable.Range(0, k).Select(a => Degree(matrix, k, a) > 0).ToArray();
        var steps = new List<SeamMerge>();
        while (steps.Count < MostMerges && alive.Count(x => x) > 2)
        {
            var (a, b, seam) = Densest(matrix, k, alive);
            if (a < 0)
            {
                break;
            }

            for (int c = 0; c < k; c++)
            {
                if (c != a && c != b)
                {
                    matrix[(a * k) + c] += matrix[(b * k) + c];
                    matrix[(c * k) + a] += matrix[(c * k) + b];
                }
            }

            matrix[(a * k) + a] += matrix[(b * k) + b] + matrix[(a * k) + b];
            for (int c = 0; c < k; c++)
            {
                matrix[(b * k) + c] = 0;
                matrix[(c * k) + b] = 0;
            }

            alive[b] = false;
            for (int c = 0; c < k; c++)
            {
                if (target[c] == b)
                {
                    target[c] = a;
                }
            }

            int[] merged = [.. labels.Select(l => l < 0 || l >= k ? l : target[l])];
            steps.Add(new SeamMerge(seam, NeighbourGraph.DensestSeam(matrix), alive.Count(x => x), ari(merged)));
        }

        return steps;
    }

    private static long Degree(long[] matrix, int k, int a)
    {
        long degree = 0;
        for (int b = 0; b < k; b++)
        {
            degree += (a == b ? 2 : 1) * matrix[(a * k) + b];
        }

        return degree;
    }

    private static (int A, int B, double Seam) Densest(long[] matrix, int k, bool[] alive)
    {
        (int A, int B, double Seam) best = (-1, -1, -1);
        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++)
            {
                long smaller = Math.Min(Degree(matrix, k, a), Degree(matrix, k, b));
                if (alive[a] && alive[b] && smaller > 0 && matrix[(a * k) + b] / (double)smaller > best.Seam)
                {
                    best = (a, b, matrix[(a * k) + b] / (double)smaller);
                }
            }
        }

        return best;
    }
}
