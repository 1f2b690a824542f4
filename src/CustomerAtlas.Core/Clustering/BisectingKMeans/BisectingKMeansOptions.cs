using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.BisectingKMeans;

/// <summary>Options of <see cref="BisectingKMeans"/>.</summary>
public sealed record BisectingKMeansOptions
{
    /// <summary>Number of leaf clusters. Default 8; must be 1..rows.</summary>
    public int K { get; init; } = 8;

    /// <summary>Which cluster to split next. Default <see cref="BisectingStrategy.BiggestInertia"/> (scikit-learn's).</summary>
    public BisectingStrategy Strategy { get; init; } = BisectingStrategy.BiggestInertia;

    /// <summary>2-means restarts per split. Default 1 (scikit-learn's): each split is an easy 2-cluster problem.</summary>
    public int NInit { get; init; } = 1;

    /// <summary>Maximum iterations of each 2-means split. Default 300.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Relative tolerance of each split, as in <see cref="KMeans.KMeansOptions.Tolerance"/>. Default 1e-4.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Random seed. Default null = 42.</summary>
    public int? Seed { get; init; }

    /// <summary>Threads; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Checks every option, reporting all problems at once.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(K >= 1, nameof(K), $"must be at least 1 (got {K})")
            .Require(Enum.IsDefined(Strategy), nameof(Strategy), $"unknown value {Strategy}")
            .Require(NInit >= 1, nameof(NInit), $"must be at least 1 (got {NInit})")
            .Require(MaxIterations >= 1, nameof(MaxIterations), $"must be at least 1 (got {MaxIterations})")
            .Require(double.IsFinite(Tolerance) && Tolerance >= 0, nameof(Tolerance), $"must be finite and >= 0 (got {Tolerance})")
            .Require(MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism >= 1, nameof(MaxDegreeOfParallelism), $"must be -1 or at least 1 (got {MaxDegreeOfParallelism})")
            .ThrowIfAny();
    }
}
