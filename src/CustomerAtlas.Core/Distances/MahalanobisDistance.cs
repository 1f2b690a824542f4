using System.Numerics.Tensors;
using System.Text.Json.Serialization;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.LinearAlgebra;

namespace CustomerAtlas.Core.Distances;

/// <summary>
/// Mahalanobis distance sqrt((a - b)ᵀ S⁻¹ (a - b)) for an inverse covariance S⁻¹, which
/// discounts directions along which the data varies a lot and undoes feature correlation.
/// </summary>
public sealed class MahalanobisDistance : IDistance
{
    private const int StackLimit = 256;

    /// <summary>Uses <paramref name="inverseCovariance"/> (symmetric positive semi-definite, row-major).</summary>
    [JsonConstructor]
    public MahalanobisDistance(int dimension, double[] inverseCovariance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentNullException.ThrowIfNull(inverseCovariance);
        if (inverseCovariance.Length != dimension * dimension)
        {
            throw new ArgumentException(
                $"Expected a {dimension}x{dimension} matrix ({dimension * dimension} values) but got {inverseCovariance.Length}.",
                nameof(inverseCovariance));
        }

        Dimension = dimension;
        InverseCovariance = inverseCovariance;
    }

    /// <summary>Number of features.</summary>
    public int Dimension { get; }

    /// <summary>S⁻¹, row-major <see cref="Dimension"/> × <see cref="Dimension"/>.</summary>
    public double[] InverseCovariance { get; }

    /// <summary>Builds the distance from a covariance matrix (inverted here by Cholesky).</summary>
    /// <exception cref="ArgumentException">The covariance is not square or not positive definite.</exception>
    public static MahalanobisDistance FromCovariance(Matrix<double> covariance)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        if (covariance.Rows != covariance.Cols || covariance.Rows == 0)
        {
            throw new ArgumentException($"The covariance must be square; got {covariance.Rows}x{covariance.Cols}.", nameof(covariance));
        }

        if (!Cholesky.TryDecompose(covariance.Values, covariance.Rows, out var factor))
        {
            throw new ArgumentException(
                "The covariance is not positive definite; a feature may be constant or a linear combination of others.", nameof(covariance));
        }

        return new MahalanobisDistance(covariance.Rows, factor.Inverse());
    }

    /// <summary>Builds the distance from the sample covariance of <paramref name="data"/>.</summary>
    public static MahalanobisDistance FromData(Matrix<double> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Rows < 2)
        {
            throw new ArgumentException("At least two rows are needed to estimate a covariance.", nameof(data));
        }

        int d = data.Cols;
        var mean = new double[d];
        for (int i = 0; i < data.Rows; i++)
        {
            TensorPrimitives.Add(mean, data.RowReadOnly(i), mean);
        }

        TensorPrimitives.Divide(mean, data.Rows, mean);
        var cov = new Matrix<double>(d, d);
        var centred = new double[d];
        for (int i = 0; i < data.Rows; i++)
        {
            TensorPrimitives.Subtract(data.RowReadOnly(i), mean, centred);
            for (int r = 0; r < d; r++)
            {
                TensorPrimitives.MultiplyAdd(centred, centred[r], cov.Row(r), cov.Row(r));
            }
        }

        TensorPrimitives.Divide(cov.Values, data.Rows - 1, cov.Values);
        return FromCovariance(cov);
    }

    /// <inheritdoc/>
    public double Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Distance.EnsureSameLength(a, b);
        if (a.Length != Dimension)
        {
            throw new ArgumentException($"Rows have {a.Length} values; the distance was built for {Dimension}.", nameof(a));
        }

        Span<double> diff = Dimension <= StackLimit ? stackalloc double[Dimension] : new double[Dimension];
        TensorPrimitives.Subtract(a, b, diff);
        double q = 0;
        for (int r = 0; r < Dimension; r++)
        {
            q += diff[r] * TensorPrimitives.Dot(InverseCovariance.AsSpan(r * Dimension, Dimension), diff);
        }

        return Math.Sqrt(Math.Max(q, 0));
    }
}
