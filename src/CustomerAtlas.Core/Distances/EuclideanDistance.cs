using System.Numerics.Tensors;

namespace CustomerAtlas.Core.Distances;

/// <summary>L2 distance, sqrt(sum (a_i - b_i)^2).</summary>
public sealed class EuclideanDistance : IDistance
{
    /// <summary>The shared instance.</summary>
    public static EuclideanDistance Instance { get; } = new();

    /// <inheritdoc/>
    public double Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Distance.EnsureSameLength(a, b);
        return TensorPrimitives.Distance(a, b);
    }
}
