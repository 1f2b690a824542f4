using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// The M-step statistics of a mixture: soft counts N_c = Σ r_ic, means x̄_c = Σ r_ic x_i / N_c
/// and covariances S_c = Σ r_ic (x_i − x̄_c)(x_i − x̄_c)ᵀ / N_c + reg·I in the layout of the
/// covariance type. Full covariances take two passes (no cancellation from E[x²] − E[x]²); diagonal
/// and spherical ones come from one blocked pass (<see cref="AxisMoments"/>). Sums run through
/// <see cref="OrderedBlockSum"/>, so they are the same on any number of threads. One instance serves a
/// whole fit: what does not depend on the responsibilities (the data mean the axis moments are shifted
/// by) is computed once, not on every M-step.
/// </summary>
internal sealed class SufficientStatistics
{
    /// <summary>
    /// Added to every soft count (10 × machine epsilon, as scikit-learn does) so an empty component
    /// divides by a tiny positive number instead of 0.
    /// </summary>
    internal const double CountFloor = 2.220446049250313e-15;

    private readonly Matrix<double> _data;
    private readonly int _k;
    private readonly CovarianceType _type;
    private readonly double _regCovar;
    private readonly int _maxDegreeOfParallelism;

    /// <summary>The data mean the diagonal and spherical moments are shifted by; null for full covariances.</summary>
    private readonly double[]? _axisShift;

    /// <summary>Prepares the M-steps of one fit of <paramref name="k"/> components to <paramref name="data"/>.</summary>
    public SufficientStatistics(Matrix<double> data, int k, CovarianceType type, double regCovar, int maxDegreeOfParallelism)
    {
        _data = data;
        _k = k;
        _type = type;
        _regCovar = regCovar;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        _axisShift = type == CovarianceType.Full ? null : AxisMoments.DataMean(data, maxDegreeOfParallelism);
    }

    public sealed record Result(double[] Counts, double[] Means, double[] Covariances);

    /// <summary>The statistics under the given responsibilities (row-major, n × k).</summary>
    public Result Estimate(double[] responsibilities)
    {
        if (_axisShift is not null)
        {
            return AxisMoments.Estimate(_data, _axisShift, responsibilities, _k, _type, _regCovar, CountFloor, _maxDegreeOfParallelism);
        }

        int d = _data.Cols;
        var firstMoments = OrderedBlockSum.Sum(_data.Rows, _k * (d + 1), _maxDegreeOfParallelism, (start, end, partial) =>
        {
            for (int i = start; i < end; i++)
            {
                var x = _data.RowReadOnly(i);
                for (int c = 0; c < _k; c++)
                {
                    double r = responsibilities[(i * _k) + c];
                    if (r == 0)
                    {
                        continue;
                    }

                    partial[c] += r;
                    var sum = partial.Slice(_k + (c * d), d);
                    TensorPrimitives.MultiplyAdd(x, r, sum, sum);
                }
            }
        });

        var counts = new double[_k];
        var means = new double[_k * d];
        for (int c = 0; c < _k; c++)
        {
            counts[c] = firstMoments[c] + CountFloor;
            for (int f = 0; f < d; f++)
            {
                means[(c * d) + f] = firstMoments[_k + (c * d) + f] / counts[c];
            }
        }

        var covariances = FullCovariances(_data, responsibilities, _k, counts, means, _regCovar, _maxDegreeOfParallelism);
        return new Result(counts, means, covariances);
    }

    private static double[] FullCovariances(
        Matrix<double> data, double[] responsibilities, int k, double[] counts, double[] means, double regCovar, int maxDop)
    {
        int d = data.Cols;
        var scatter = OrderedBlockSum.Sum(data.Rows, k * d * d, maxDop, (start, end, partial) =>
        {
            var z = new double[d];
            for (int i = start; i < end; i++)
            {
                var x = data.RowReadOnly(i);
                for (int c = 0; c < k; c++)
                {
                    double r = responsibilities[(i * k) + c];
                    if (r == 0)
                    {
                        continue;
                    }

                    TensorPrimitives.Subtract(x, means.AsSpan(c * d, d), z);

                    // Lower triangle only (row a gets r·z_a·z[0..a]); mirrored below.
                    var block = partial.Slice(c * d * d, d * d);
                    for (int a = 0; a < d; a++)
                    {
                        var target = block.Slice(a * d, a + 1);
                        TensorPrimitives.MultiplyAdd(z.AsSpan(0, a + 1), r * z[a], target, target);
                    }
                }
            }
        });

        for (int c = 0; c < k; c++)
        {
            var block = scatter.AsSpan(c * d * d, d * d);
            for (int a = 0; a < d; a++)
            {
                for (int b = 0; b <= a; b++)
                {
                    double v = block[(a * d) + b] / counts[c];
                    block[(a * d) + b] = v;
                    block[(b * d) + a] = v;
                }

                block[(a * d) + a] += regCovar;
            }
        }

        return scatter;
    }
}
