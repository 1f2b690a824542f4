using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Silhouette coefficient (Rousseeuw 1987) with Euclidean distance: for each row,
/// (b − a) / max(a, b) where a is its mean distance to its own cluster and b the smallest mean
/// distance to another cluster; rows alone in their cluster score 0. In [−1, 1], higher is
/// better. Noise rows (negative labels) are left out. The exact form reads every pair once per
/// row but never holds a distance matrix: distances come tile by tile from the blocked kernel
/// (<see cref="SilhouetteRows"/>), so memory is one centered copy of the data plus O(tile + block·k)
/// per thread. Row blocks run in parallel and each row's sums run over the other rows in index
/// order, so the answer is identical for any number of threads.
/// </summary>
public static class Silhouette
{
    /// <summary>Rows per work item: large enough to reuse each streamed row across many targets.</summary>
    private static readonly int BlockRows = SilhouetteRows.MaxBlockRows;

    /// <summary>Mean silhouette over all clustered rows.</summary>
    /// <param name="data">The rows.</param>
    /// <param name="labels">Cluster of each row (negative = noise, left out).</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 = all cores.</param>
    public static double Score(Matrix<double> data, IReadOnlyList<int> labels, int maxDegreeOfParallelism = -1)
    {
        double[] samples = Samples(data, labels, maxDegreeOfParallelism);
        double sum = 0;
        int count = 0;
        foreach (double s in samples)
        {
            if (!double.IsNaN(s))
            {
                sum += s;
                count++;
            }
        }

        return sum / count;
    }

    /// <summary>Silhouette of every row (NaN for noise rows).</summary>
    public static double[] Samples(Matrix<double> data, IReadOnlyList<int> labels, int maxDegreeOfParallelism = -1)
    {
        var assignment = ClusterAssignment.Create(data, labels);
        ParallelismCheck.Ensure(maxDegreeOfParallelism);
        int n = data.Rows;
        int k = assignment.ClusterCount;
        var rows = new SilhouetteRows(data);
        var result = new double[n];
        int blocks = (n + BlockRows - 1) / BlockRows;
        Parallel.For(
            0,
            blocks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new SilhouetteRows.Scratch(k),
            (block, _, scratch) =>
            {
                int start = block * BlockRows;
                int end = Math.Min(n, start + BlockRows);
                rows.AccumulateClusterDistances(start, end, assignment.Dense, k, scratch);
                Finish(assignment, start, end, scratch.Sums, result);
                return scratch;
            },
            _ => { });
        for (int i = 0; i < n; i++)
        {
            if (assignment.Dense[i] < 0)
            {
                result[i] = double.NaN;
            }
        }

        return result;
    }

    /// <summary>
    /// Silhouette of a random subset of <paramref name="sampleSize"/> clustered rows, computed
    /// within that subset (as scikit-learn's <c>sample_size</c> does): O(s²) instead of O(n²).
    /// Uses every row when the sample is at least as large as the data.
    /// </summary>
    public static double SampledScore(
        Matrix<double> data, IReadOnlyList<int> labels, int sampleSize, int? seed = null, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(labels);
        if (sampleSize < 2)
        {
            throw new ArgumentException($"sampleSize must be at least 2, got {sampleSize}.", nameof(sampleSize));
        }

        int[] clustered = Enumerable.Range(0, labels.Count).Where(i => labels[i] >= 0).ToArray();
        if (sampleSize >= clustered.Length)
        {
            return Score(data, labels, maxDegreeOfParallelism);
        }

        // Partial Fisher–Yates: the first sampleSize slots become a uniform sample without replacement.
        var random = Seeds.Create(seed);
        for (int i = 0; i < sampleSize; i++)
        {
            int j = random.Next(i, clustered.Length);
            (clustered[i], clustered[j]) = (clustered[j], clustered[i]);
        }

        int[] chosen = clustered[..sampleSize];
        Array.Sort(chosen);
        var subsetLabels = chosen.Select(i => labels[i]).ToArray();
        return Score(data.SelectRows(chosen), subsetLabels, maxDegreeOfParallelism);
    }

    /// <summary>Turns each row's summed distances per cluster into its silhouette.</summary>
    private static void Finish(ClusterAssignment assignment, int start, int end, double[] sums, double[] result)
    {
        int k = assignment.ClusterCount;
        for (int i = start; i < end; i++)
        {
            int own = assignment.Dense[i];
            if (own < 0)
            {
                continue;
            }

            long ownSize = assignment.Sizes[own];
            if (ownSize == 1)
            {
                result[i] = 0;
                continue;
            }

            var rowSums = sums.AsSpan((i - start) * k, k);
            double a = rowSums[own] / (ownSize - 1);
            double b = double.PositiveInfinity;
            for (int c = 0; c < k; c++)
            {
                if (c != own)
                {
                    b = Math.Min(b, rowSums[c] / assignment.Sizes[c]);
                }
            }

            double spread = Math.Max(a, b);
            result[i] = spread == 0 ? 0 : (b - a) / spread;
        }
    }
}
