using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Reduction.Embedding;

/// <summary>
/// The gradient of t-SNE's Kullback–Leibler cost for a 2-D layout:
/// ∂C/∂y_i = 4 (α Σ_j p_ij w_ij (y_i − y_j) − Σ_j w_ij² (y_i − y_j) / Z), with w = 1 / (1 + d²)
/// and Z = Σ_{k≠l} w_kl. Attractions run over the sparse P; repulsions are exact or Barnes–Hut.
/// Rows are processed in fixed blocks and Z is summed in block order, so the result does not
/// depend on the thread count.
/// </summary>
internal sealed class TsneGradient
{
    private const int RowBlock = 256;
    private readonly TsneAffinities _p;
    private readonly int _n;
    private readonly bool _exact;
    private readonly double _theta;
    private readonly int _maxDegreeOfParallelism;
    private readonly double[] _repulsion;   // n × 2, unnormalised
    private readonly double[] _blockZ;

    public TsneGradient(TsneAffinities p, int n, bool exact, double theta, int maxDegreeOfParallelism)
    {
        _p = p;
        _n = n;
        _exact = exact;
        _theta = theta;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        _repulsion = new double[2 * n];
        _blockZ = new double[RowBlocks.OfSize(n, RowBlock).Count];
    }

    /// <summary>Writes the gradient at layout <paramref name="y"/> (n × 2) into <paramref name="gradient"/>.</summary>
    public void Compute(double[] y, double exaggeration, double[] gradient)
    {
        double total = _exact ? ExactRepulsionAll(y) : new QuadTree(y, _n).RepulsionAll(_theta, _repulsion, _maxDegreeOfParallelism);
        BlockParallel.For(RowBlocks.OfSize(_n, RowBlock), _maxDegreeOfParallelism, b =>
        {
            int end = Math.Min(_n, (b + 1) * RowBlock);
            for (int i = b * RowBlock; i < end; i++)
            {
                Attraction(y, i, out gradient[2 * i], out gradient[(2 * i) + 1]);
            }
        });

        double inverseZ = total > 0 ? 1 / total : 0;
        for (int t = 0; t < 2 * _n; t++)
        {
            gradient[t] = 4 * ((exaggeration * gradient[t]) - (_repulsion[t] * inverseZ));
        }
    }

    private double ExactRepulsionAll(double[] y)
    {
        BlockParallel.For(RowBlocks.OfSize(_n, RowBlock), _maxDegreeOfParallelism, b =>
        {
            int end = Math.Min(_n, (b + 1) * RowBlock);
            double z = 0;
            for (int i = b * RowBlock; i < end; i++)
            {
                double fx = 0;
                double fy = 0;
                z += ExactRepulsion(y, i, ref fx, ref fy);
                _repulsion[2 * i] = fx;
                _repulsion[(2 * i) + 1] = fy;
            }

            _blockZ[b] = z;
        });
        double total = 0;
        foreach (double z in _blockZ)
        {
            total += z;
        }

        return total;
    }

    private void Attraction(double[] y, int i, out double ax, out double ay)
    {
        double x0 = y[2 * i];
        double y0 = y[(2 * i) + 1];
        ax = 0;
        ay = 0;
        for (int p = _p.RowStart[i]; p < _p.RowStart[i + 1]; p++)
        {
            int j = _p.Columns[p];
            double dx = x0 - y[2 * j];
            double dy = y0 - y[(2 * j) + 1];
            double w = _p.Weights[p] / (1 + (dx * dx) + (dy * dy));
            ax += w * dx;
            ay += w * dy;
        }
    }

    private double ExactRepulsion(double[] y, int i, ref double fx, ref double fy)
    {
        double x0 = y[2 * i];
        double y0 = y[(2 * i) + 1];
        double z = 0;
        for (int j = 0; j < _n; j++)
        {
            if (j == i)
            {
                continue;
            }

            StudentKernel.Repel(x0 - y[2 * j], y0 - y[(2 * j) + 1], 1, ref z, ref fx, ref fy);
        }

        return z;
    }
}
