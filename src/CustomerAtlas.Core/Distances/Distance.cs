namespace CustomerAtlas.Core.Distances;

/// <summary>Factory for the parameter-free distances.</summary>
public static class Distance
{
    /// <summary>The shared instance of <paramref name="metric"/>.</summary>
    public static IDistance For(DistanceMetric metric) => metric switch
    {
        DistanceMetric.Euclidean => EuclideanDistance.Instance,
        DistanceMetric.SquaredEuclidean => SquaredEuclideanDistance.Instance,
        DistanceMetric.Manhattan => ManhattanDistance.Instance,
        DistanceMetric.Cosine => CosineDistance.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown distance metric."),
    };

    internal static void EnsureSameLength(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Rows have different lengths ({a.Length} and {b.Length}).", nameof(b));
        }
    }
}
