using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>Options of <see cref="DbscanClusterer"/> (Euclidean metric).</summary>
public sealed record DbscanOptions
{
    /// <summary>
    /// Neighbourhood radius: points within this distance (boundary included) are neighbours.
    /// Default 0.5, scikit-learn's default, which suits standardized features; choose it from a
    /// k-distance plot for other scales.
    /// </summary>
    public double Eps { get; init; } = 0.5;

    /// <summary>
    /// Neighbours (the point itself included, as in scikit-learn) a point needs within
    /// <see cref="Eps"/> to be a core point. Default 5, scikit-learn's default.
    /// </summary>
    public int MinSamples { get; init; } = 5;

    /// <summary>Threads for the k-d tree build, neighbour counting, joining core points and border assignment (-1 = all cores). Default -1; results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(double.IsFinite(Eps) && Eps > 0, nameof(Eps), $"must be a finite number greater than 0 (got {Eps}).")
            .Require(MinSamples >= 1, nameof(MinSamples), $"must be at least 1 (got {MinSamples}).")
            .Require(Internal.ParallelismCheck.IsValid(MaxDegreeOfParallelism), nameof(MaxDegreeOfParallelism), "must be -1 (all cores) or at least 1.")
            .ThrowIfAny();
    }
}
