using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Clustering.Spectral;

/// <summary>
/// The symmetrised k-nearest-neighbour graph W = (C + Cᵀ) / 2 in compressed sparse rows, and
/// products with the normalised affinity D^-1/2 W D^-1/2 (whose leading eigenvectors are the
/// trailing ones of the symmetric normalised Laplacian I − D^-1/2 W D^-1/2).
/// </summary>
internal sealed class AffinityGraph
{
    private const int RowBlock = 2048;
    private readonly int[] _rowStart;
    private readonly int[] _columns;
    private readonly double[] _weights;
    private readonly double[] _inverseSqrtDegree;
    private readonly int _maxDegreeOfParallelism;

    private AffinityGraph(int[] rowStart, int[] columns, double[] weights, int maxDegreeOfParallelism)
    {
        _rowStart = rowStart;
        _columns = columns;
        _weights = weights;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        int n = rowStart.Length - 1;
        _inverseSqrtDegree = new double[n];
        for (int i = 0; i < n; i++)
        {
            double degree = 0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                degree += weights[p];
            }

            _inverseSqrtDegree[i] = degree > 0 ? 1 / Math.Sqrt(degree) : 0;
        }
    }

    public int Rows => _rowStart.Length - 1;

    public static AffinityGraph Build(Matrix<double> data, int neighbors, AffinityKind kind, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int n = data.Rows;
        int k = Math.Min(neighbors, n);
        var (indices, squared) = new KdTree(data).KNearestAll(data, k, maxDegreeOfParallelism, cancellationToken);
        double twoSigmaSquared = kind == AffinityKind.Gaussian ? 2 * MedianNonZero(squared) : 1;

        // Each directed edge i -> j contributes half its weight to W[i, j] and to W[j, i].
        var counts = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            for (int t = 0; t < k; t++)
            {
                counts[i]++;
                counts[indices[(i * k) + t]]++;
            }
        }

        var rowStart = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            rowStart[i + 1] = rowStart[i] + counts[i];
        }

        var fill = rowStart[..n];
        var columns = new int[rowStart[n]];
        var weights = new double[rowStart[n]];
        for (int i = 0; i < n; i++)
        {
            for (int t = 0; t < k; t++)
            {
                int j = indices[(i * k) + t];
                double w = 0.5 * (kind == AffinityKind.Gaussian ? Math.Exp(-squared[(i * k) + t] / twoSigmaSquared) : 1);
                columns[fill[i]] = j;
                weights[fill[i]++] = w;
                columns[fill[j]] = i;
                weights[fill[j]++] = w;
            }
        }

        return new AffinityGraph(rowStart, columns, weights, maxDegreeOfParallelism);
    }

    /// <summary>The connected components, each a sorted list of rows.</summary>
    public List<int[]> Components() => GraphComponents.Find(_rowStart, _columns);

    /// <summary>
    /// y = (D^-1/2 W D^-1/2 x) restricted to one component: <paramref name="x"/> and
    /// <paramref name="y"/> are indexed by position in <paramref name="members"/>, and
    /// <paramref name="position"/> maps a row to that position (valid for the component's rows).
    /// </summary>
    public void MultiplyNormalized(int[] members, int[] position, double[] x, double[] y)
    {
        BlockParallel.For(Kernels.RowBlocks.OfSize(members.Length, RowBlock), _maxDegreeOfParallelism, b =>
        {
            int end = Math.Min(members.Length, (b + 1) * RowBlock);
            for (int local = b * RowBlock; local < end; local++)
            {
                int i = members[local];
                double sum = 0;
                for (int p = _rowStart[i]; p < _rowStart[i + 1]; p++)
                {
                    int j = _columns[p];
                    sum += _weights[p] * _inverseSqrtDegree[j] * x[position[j]];
                }

                y[local] = _inverseSqrtDegree[i] * sum;
            }
        });
    }

    /// <summary>The normalised affinity of one component as a dense row-major matrix.</summary>
    public double[] DenseNormalized(int[] members, int[] position)
    {
        int s = members.Length;
        var dense = new double[s * s];
        for (int local = 0; local < s; local++)
        {
            int i = members[local];
            for (int p = _rowStart[i]; p < _rowStart[i + 1]; p++)
            {
                int j = _columns[p];
                dense[(local * s) + position[j]] += _weights[p] * _inverseSqrtDegree[i] * _inverseSqrtDegree[j];
            }
        }

        return dense;
    }

    private static double MedianNonZero(double[] squared)
    {
        var positive = squared.Where(v => v > 0).ToArray();
        if (positive.Length == 0)
        {
            return 1; // every neighbour coincides: any bandwidth gives weight 1
        }

        Array.Sort(positive);
        return positive[positive.Length / 2];
    }
}
