using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.KPrototypes;

/// <summary>Options of <see cref="KPrototypesClusterer"/>.</summary>
public sealed record KPrototypesOptions
{
    /// <summary>Number of clusters k. Default 2, the smallest non-trivial split.</summary>
    public int ClusterCount { get; init; } = 2;

    /// <summary>
    /// Weight of one categorical mismatch against squared Euclidean numeric distance. Default null =
    /// 0.5 × the mean standard deviation of the numeric features (Huang's suggested scale, so neither
    /// part dominates); 1 when there are no numeric features or none varies.
    /// </summary>
    public double? Gamma { get; init; }

    /// <summary>
    /// Columns of a combined matrix passed to <see cref="KPrototypesClusterer.Fit(Data.Matrix{double}, CancellationToken)"/>
    /// that hold categorical codes (non-negative integers). Default empty (all numeric). Ignored
    /// when fitting <see cref="Data.MixedData"/> directly.
    /// </summary>
    public IReadOnlyList<int> CategoricalColumns { get; init; } = [];

    /// <summary>Most assignment/update rounds per initialisation. Default 100; it usually stops far earlier.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Independent seeded initialisations; the lowest-cost result is kept. Default 4.</summary>
    public int Initializations { get; init; } = 4;

    /// <summary>Random seed; null (default) uses <see cref="Internal.Seeds.Default"/> so runs repeat.</summary>
    public int? Seed { get; init; }

    /// <summary>Most threads to use; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws an <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(ClusterCount >= 1, nameof(ClusterCount), $"must be at least 1 (got {ClusterCount})")
            .Require(Gamma is null || (double.IsFinite(Gamma.Value) && Gamma.Value >= 0), nameof(Gamma),
                $"must be finite and non-negative (got {Gamma})")
            .Require(CategoricalColumns is not null, nameof(CategoricalColumns), "must not be null")
            .Require(MaxIterations >= 1, nameof(MaxIterations), $"must be at least 1 (got {MaxIterations})")
            .Require(Initializations >= 1, nameof(Initializations), $"must be at least 1 (got {Initializations})")
            .Require(ParallelismCheck.IsValid(MaxDegreeOfParallelism), nameof(MaxDegreeOfParallelism),
                $"must be -1 (all cores) or at least 1 (got {MaxDegreeOfParallelism})")
            .ThrowIfAny();
    }
}
