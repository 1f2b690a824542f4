using System.Numerics.Tensors;

namespace CustomerAtlas.Core.Distances;

/// <summary>
/// One minus the cosine similarity, in [0, 2]. A zero row has no direction: its distance is 0
/// to another zero row and 1 (orthogonal) to anything else, so the value is always defined.
/// </summary>
public sealed class CosineDistance : IDistance
{
    /// <summary>The shared instance.</summary>
    public static CosineDistance Instance { get; } = new();

    /// <inheritdoc/>
    public double Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Distance.EnsureSameLength(a, b);
        double na = TensorPrimitives.Norm(a);
        double nb = TensorPrimitives.Norm(b);
        if (na == 0 || nb == 0)
        {
            return na == nb ? 0 : 1;
        }

        double cos = TensorPrimitives.Dot(a, b) / (na * nb);
        return Math.Clamp(1 - cos, 0, 2);
    }
}
