using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Reduction.Embedding;

/// <summary>
/// The input similarities of t-SNE, P = (P_j|i + P_i|j) / 2n, over each row's 3 × perplexity
/// nearest neighbours (van der Maaten, 2014): beyond those the Gaussian weights are negligible.
/// Each row's bandwidth is found by bisection so its conditional distribution has the requested
/// perplexity. Stored as compressed sparse rows (an edge may appear twice; weights add).
/// </summary>
internal sealed class TsneAffinities
{
    private const int RowBlock = 256;

    private TsneAffinities(int[] rowStart, int[] columns, double[] weights)
    {
        RowStart = rowStart;
        Columns = columns;
        Weights = weights;
    }

    public int[] RowStart { get; }

    public int[] Columns { get; }

    public double[] Weights { get; }

    public static TsneAffinities Compute(Matrix<double> data, double perplexity, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = data.Rows;
        int k = Math.Min(n - 1, (int)Math.Ceiling(3 * perplexity));
        // k + 1 because each row finds itself first.
        var (indices, squared) = new KdTree(data).KNearestAll(data, k + 1, maxDegreeOfParallelism, cancellationToken);
        var conditional = new double[n * k];
        var neighbours = new int[n * k];
        BlockParallel.For(Kernels.RowBlocks.OfSize(n, RowBlock), maxDegreeOfParallelism, b =>
        {
            int end = Math.Min(n, (b + 1) * RowBlock);
            for (int i = b * RowBlock; i < end; i++)
            {
                // Drop the row itself (the first hit unless duplicates tie; then drop i wherever it is).
                int t = 0;
                for (int s = 0; s <= k && t < k; s++)
                {
                    int j = indices[(i * (k + 1)) + s];
                    if (j == i)
                    {
                        continue;
                    }

                    neighbours[(i * k) + t] = j;
                    conditional[(i * k) + t] = squared[(i * (k + 1)) + s];
                    t++;
                }

                FitBandwidth(conditional.AsSpan(i * k, k), perplexity);
            }
        }, cancellationToken);

        // Symmetrise: each conditional p_j|i adds p_j|i / 2n to both P_ij and P_ji.
        var counts = new int[n];
        foreach (int j in neighbours)
        {
            counts[j]++;
        }

        var rowStart = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            rowStart[i + 1] = rowStart[i] + k + counts[i];
        }

        var fill = rowStart[..n];
        var columns = new int[rowStart[n]];
        var weights = new double[rowStart[n]];
        double scale = 1.0 / (2.0 * n);
        for (int i = 0; i < n; i++)
        {
            for (int t = 0; t < k; t++)
            {
                int j = neighbours[(i * k) + t];
                double p = conditional[(i * k) + t] * scale;
                columns[fill[i]] = j;
                weights[fill[i]++] = p;
                columns[fill[j]] = i;
                weights[fill[j]++] = p;
            }
        }

        return new TsneAffinities(rowStart, columns, weights);
    }

    /// <summary>
    /// Replaces squared distances by p_j|i ∝ exp(−β d²) with β chosen by bisection so that the
    /// entropy equals ln(perplexity).
    /// </summary>
    private static void FitBandwidth(Span<double> values, double perplexity)
    {
        double target = Math.Log(Math.Min(perplexity, values.Length));
        Span<double> d2 = values.Length <= 1024 ? stackalloc double[values.Length] : new double[values.Length];
        values.CopyTo(d2);
        double nearest = double.PositiveInfinity;
        foreach (double v in d2)
        {
            nearest = Math.Min(nearest, v);
        }

        double beta = 1;
        double low = 0;
        double high = double.PositiveInfinity;
        for (int step = 0; step < 200; step++)
        {
            // Shift by the nearest distance so exp never underflows to all zeros.
            double sum = 0;
            double weighted = 0;
            for (int t = 0; t < d2.Length; t++)
            {
                double w = Math.Exp(-beta * (d2[t] - nearest));
                values[t] = w;
                sum += w;
                weighted += w * (d2[t] - nearest);
            }

            double entropy = Math.Log(sum) + (beta * weighted / sum);
            for (int t = 0; t < d2.Length; t++)
            {
                values[t] /= sum;
            }

            double gap = entropy - target;
            if (Math.Abs(gap) < 1e-5)
            {
                return;
            }

            if (gap > 0)
            {
                low = beta;
                beta = double.IsPositiveInfinity(high) ? beta * 2 : (beta + high) / 2;
            }
            else
            {
                high = beta;
                beta = (beta + low) / 2;
            }
        }
    }
}
