namespace CustomerAtlas.Core.Distances;

/// <summary>The parameter-free distances, for options that pick one by name.</summary>
public enum DistanceMetric
{
    /// <summary>Straight-line (L2) distance.</summary>
    Euclidean,

    /// <summary>Squared L2 distance (not a metric; cheap and what k-means minimises).</summary>
    SquaredEuclidean,

    /// <summary>City-block (L1) distance.</summary>
    Manhattan,

    /// <summary>One minus the cosine similarity.</summary>
    Cosine,
}
