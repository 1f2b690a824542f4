using CustomerAtlas.Core.Explanation.DecisionTree;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Profiling;

/// <summary>Options of <see cref="SegmentationExplainer"/>.</summary>
public sealed record ExplainerOptions
{
    /// <summary>The rule tree. Default: depth 3, leaves of at least 1 % of the rows (set by the explainer when left at 5).</summary>
    public DecisionTreeOptions Tree { get; init; } = new();

    /// <summary>Folds of the discriminant-validity cross-validation. Default 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Shuffles per feature in permutation importance. Default 3.</summary>
    public int ImportanceRepeats { get; init; } = 3;

    /// <summary>
    /// Most rows (a seeded sample) the tree, its cross-validation and the importances work on.
    /// Default 20 000: rules and accuracies are stable well before that, and it bounds the cost.
    /// </summary>
    public int MaxRows { get; init; } = 20_000;

    /// <summary>Most drivers per segment. Default 5.</summary>
    public int MaxDrivers { get; init; } = 5;

    /// <summary>Explicit feature roles by name, overriding recognition from names. Default none.</summary>
    public IReadOnlyDictionary<string, FeatureRole>? Roles { get; init; }

    /// <summary>Seed for samples, folds and shuffles. Default null = <see cref="Internal.Seeds.Default"/>.</summary>
    public int? Seed { get; init; }

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(Folds >= 2, nameof(Folds), $"must be at least 2 (was {Folds}).")
            .Require(ImportanceRepeats >= 1, nameof(ImportanceRepeats), $"must be at least 1 (was {ImportanceRepeats}).")
            .Require(MaxRows >= 20, nameof(MaxRows), $"must be at least 20 (was {MaxRows}).")
            .Require(MaxDrivers >= 1, nameof(MaxDrivers), $"must be at least 1 (was {MaxDrivers}).")
            .ThrowIfAny();
        Tree.Validate();
    }
}
