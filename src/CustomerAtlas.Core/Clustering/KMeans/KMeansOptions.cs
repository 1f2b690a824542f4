using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>Options of <see cref="KMeans"/>.</summary>
public sealed record KMeansOptions
{
    /// <summary>Number of clusters. Default 8 (scikit-learn's default); must be 1..rows.</summary>
    public int K { get; init; } = 8;

    /// <summary>Initialisation. Default <see cref="KMeansInit.KMeansPlusPlus"/> (greedy), the standard for good starts.</summary>
    public KMeansInit Init { get; init; } = KMeansInit.KMeansPlusPlus;

    /// <summary>
    /// Independent restarts; the one with the lowest inertia wins. Default 3: with greedy k-means++ one
    /// start is usually near the best, and three guard against an unlucky start on segment-sized k at a
    /// third of the cost of scikit-learn's old default of 10.
    /// </summary>
    public int NInit { get; init; } = 3;

    /// <summary>Maximum iterations per restart. Default 300 (scikit-learn's).</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>
    /// Relative tolerance: stop when the sum of squared centroid moves falls to
    /// Tolerance × (mean per-feature variance of the data). Default 1e-4 (scikit-learn's). 0 stops only
    /// when no label changes or at <see cref="MaxIterations"/>.
    /// </summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Iteration algorithm. Default <see cref="KMeansAlgorithm.Hamerly"/>: same answer as Lloyd, usually faster.</summary>
    public KMeansAlgorithm Algorithm { get; init; } = KMeansAlgorithm.Hamerly;

    /// <summary>Random seed. Default null = <see cref="Internal.Seeds.Default"/> (42), so runs are reproducible by default.</summary>
    public int? Seed { get; init; }

    /// <summary>Threads to use; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Checks every option, reporting all problems in one <see cref="ArgumentException"/>.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(K >= 1, nameof(K), $"must be at least 1 (got {K})")
            .Require(Enum.IsDefined(Init), nameof(Init), $"unknown value {Init}")
            .Require(NInit >= 1, nameof(NInit), $"must be at least 1 (got {NInit})")
            .Require(MaxIterations >= 1, nameof(MaxIterations), $"must be at least 1 (got {MaxIterations})")
            .Require(double.IsFinite(Tolerance) && Tolerance >= 0, nameof(Tolerance), $"must be finite and >= 0 (got {Tolerance})")
            .Require(Enum.IsDefined(Algorithm), nameof(Algorithm), $"unknown value {Algorithm}")
            .Require(MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism >= 1, nameof(MaxDegreeOfParallelism), $"must be -1 or at least 1 (got {MaxDegreeOfParallelism})")
            .ThrowIfAny();
    }
}
