using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Explanation.DecisionTree;

/// <summary>Options of the CART classifier that explains segments.</summary>
public sealed record DecisionTreeOptions
{
    /// <summary>
    /// Deepest level of splits (root = depth 0). Default 3: a rule has at most three conditions,
    /// which people can still read; deeper trees predict better but explain worse.
    /// </summary>
    public int MaxDepth { get; init; } = 3;

    /// <summary>
    /// Fewest training rows a leaf may hold. Default 5: keeps rules from describing a handful of
    /// customers while still letting small segments get a leaf of their own.
    /// </summary>
    public int MinSamplesLeaf { get; init; } = 5;

    /// <summary>
    /// Smallest weighted Gini decrease worth a split. Default 1e-7: only splits that change
    /// nothing are refused, so depth and leaf size are what shape the tree.
    /// </summary>
    public double MinImpurityDecrease { get; init; } = 1e-7;

    /// <summary>
    /// Seed for breaking ties between equally good splits (features are tried in a seeded order).
    /// Default null = <see cref="Internal.Seeds.Default"/>, so trees are reproducible.
    /// </summary>
    public int? Seed { get; init; }

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate() =>
        new ParameterErrors()
            .Require(MaxDepth >= 0, nameof(MaxDepth), $"must be at least 0 (was {MaxDepth}).")
            .Require(MinSamplesLeaf >= 1, nameof(MinSamplesLeaf), $"must be at least 1 (was {MinSamplesLeaf}).")
            .Require(MinImpurityDecrease >= 0 && double.IsFinite(MinImpurityDecrease), nameof(MinImpurityDecrease), $"must be a finite non-negative number (was {MinImpurityDecrease}).")
            .ThrowIfAny();
}
