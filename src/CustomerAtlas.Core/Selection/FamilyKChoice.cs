namespace CustomerAtlas.Core.Selection;

/// <summary>
/// How an algorithm family picks its own k (or setting) before its pick competes with other
/// families on the cross-family score (<see cref="ScoreWeights"/>).
/// </summary>
public enum FamilyKChoice
{
    /// <summary>No family criterion: every feasible k competes on the cross-family score (k-means, Ward, spectral, hierarchy cuts).</summary>
    CrossFamilyScore,

    /// <summary>Lowest BIC among the family's feasible fits on one preparation (Gaussian mixtures): the likelihood's own model choice.</summary>
    Bic,

    /// <summary>Highest density-based validity (DBCV) on the evaluation sample among the family's feasible fits (density methods, which mark noise).</summary>
    DensityValidity,
}
