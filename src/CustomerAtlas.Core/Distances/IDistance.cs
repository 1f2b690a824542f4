using System.Text.Json.Serialization;

namespace CustomerAtlas.Core.Distances;

/// <summary>
/// A dissimilarity between two rows of equal length. Implementations are immutable and
/// thread-safe, and serialise polymorphically (the "kind" field) so fitted models that carry
/// their distance load back with it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(EuclideanDistance), "euclidean")]
[JsonDerivedType(typeof(SquaredEuclideanDistance), "sqeuclidean")]
[JsonDerivedType(typeof(ManhattanDistance), "manhattan")]
[JsonDerivedType(typeof(CosineDistance), "cosine")]
[JsonDerivedType(typeof(MahalanobisDistance), "mahalanobis")]
[JsonDerivedType(typeof(GowerDistance), "gower")]
public interface IDistance
{
    /// <summary>The dissimilarity of <paramref name="a"/> and <paramref name="b"/> (same length).</summary>
    double Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b);
}
