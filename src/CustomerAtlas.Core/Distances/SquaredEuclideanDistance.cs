using System.Numerics.Tensors;

namespace CustomerAtlas.Core.Distances;

/// <summary>Squared L2 distance, sum (a_i - b_i)^2 (violates the triangle inequality).</summary>
public sealed class SquaredEuclideanDistance : IDistance
{
    /// <summary>The shared instance.</summary>
    public static SquaredEuclideanDistance Instance { get; } = new();

    /// <inheritdoc/>
    public double Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Distance.EnsureSameLength(a, b);
        double d = TensorPrimitives.Distance(a, b);
        return d * d;
    }
}
