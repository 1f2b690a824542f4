using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Reduction.Pca;

/// <summary>Options of <see cref="Pca"/>.</summary>
public sealed record PcaOptions
{
    /// <summary>Number of components kept. Default 2 (for maps); must be 1..min(rows, features).</summary>
    public int Components { get; init; } = 2;

    /// <summary>Solver. Default <see cref="PcaSolver.Auto"/>.</summary>
    public PcaSolver Solver { get; init; } = PcaSolver.Auto;

    /// <summary>Extra random directions of the randomized solver. Default 10 (Halko et al.'s recommendation).</summary>
    public int Oversampling { get; init; } = 10;

    /// <summary>Power iterations of the randomized solver. Default 4 (scikit-learn's for few components), enough for slowly decaying spectra.</summary>
    public int PowerIterations { get; init; } = 4;

    /// <summary>Random seed of the randomized solver. Default null = 42.</summary>
    public int? Seed { get; init; }

    /// <summary>Threads; -1 (default) = all cores. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Checks every option, reporting all problems at once.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(Components >= 1, nameof(Components), $"must be at least 1 (got {Components})")
            .Require(Enum.IsDefined(Solver), nameof(Solver), $"unknown value {Solver}")
            .Require(Oversampling >= 0, nameof(Oversampling), $"must be >= 0 (got {Oversampling})")
            .Require(PowerIterations >= 0, nameof(PowerIterations), $"must be >= 0 (got {PowerIterations})")
            .Require(MaxDegreeOfParallelism == -1 || MaxDegreeOfParallelism >= 1, nameof(MaxDegreeOfParallelism), $"must be -1 or at least 1 (got {MaxDegreeOfParallelism})")
            .ThrowIfAny();
    }
}
