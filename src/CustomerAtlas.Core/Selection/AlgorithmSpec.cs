using CustomerAtlas.Core.Clustering;

namespace CustomerAtlas.Core.Selection;

/// <summary>How an algorithm's running time grows with the number of rows n.</summary>
public enum CostGrowth
{
    /// <summary>About n · k · d per pass (k-means, GMM, k-medoids with sampling).</summary>
    Linear,

    /// <summary>About n log n · d (tree-based density methods).</summary>
    Linearithmic,

    /// <summary>About n² · d (agglomerative, spectral, exact PAM).</summary>
    Quadratic,
}

/// <summary>
/// An algorithm the automatic search may try, and how to build it for a given k and seed.
/// </summary>
public sealed record AlgorithmSpec
{
    /// <summary>Short name shown on the leaderboard (e.g. "kmeans").</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Builds the clusterer for a cluster count (null when <see cref="ChoosesK"/>) and a seed.
    /// The variant string (from <see cref="Variants"/>) selects a parameter setting.
    /// </summary>
    public required Func<AlgorithmSettings, IClusterer> Create { get; init; }

    /// <summary>
    /// True when the algorithm finds the number of clusters itself (DBSCAN, HDBSCAN): it is tried
    /// once per variant instead of once per k. Default false.
    /// </summary>
    public bool ChoosesK { get; init; }

    /// <summary>
    /// Named parameter settings to try besides k (e.g. min cluster sizes for HDBSCAN, covariance
    /// types for GMM). Default: one unnamed setting.
    /// </summary>
    public IReadOnlyList<string> Variants { get; init; } = [""];

    /// <summary>How cost grows with n (see <see cref="SearchCost.Fit"/>). Default linear.</summary>
    public CostGrowth Growth { get; init; } = CostGrowth.Linear;

    /// <summary>
    /// Cost per unit of growth against k-means = 1 (three k-means++ restarts), calibrated so that
    /// <see cref="SearchCost.Fit"/> estimates the fitting time in reference seconds; it orders the
    /// candidates and plans the budget. Default 1.
    /// </summary>
    public double CostFactor { get; init; } = 1;

    /// <summary>
    /// Most rows the algorithm is fitted on; above it the fit uses a seeded sample and the model
    /// assigns the remaining rows. Default: no limit. Quadratic methods should set a few thousand.
    /// </summary>
    public int MaxFitRows { get; init; } = int.MaxValue;

    /// <summary>
    /// How the family chooses among its own fits before they meet other families. Default
    /// <see cref="FamilyKChoice.CrossFamilyScore"/> (no family criterion).
    /// </summary>
    public FamilyKChoice KChoice { get; init; } = FamilyKChoice.CrossFamilyScore;

    /// <summary>
    /// For families whose one fit yields many partitions (a hierarchy): given the model fitted with
    /// k = null and the k range, the partitions to try, each becoming its own candidate. Default
    /// null (one fit, one partition). Rows the fit did not see take the label of their nearest
    /// fitted row, as hierarchical models predict.
    /// </summary>
    public Func<IClusterModel, int, int, IReadOnlyList<CandidateCut>>? Cuts { get; init; }
}

/// <summary>What an <see cref="AlgorithmSpec"/> builds a clusterer for.</summary>
/// <param name="K">Cluster count, or null for algorithms that choose it.</param>
/// <param name="Variant">Parameter setting name ("" when the algorithm has one).</param>
/// <param name="Seed">Seed for the algorithm's randomness.</param>
public sealed record AlgorithmSettings(int? K, string Variant, int Seed);
