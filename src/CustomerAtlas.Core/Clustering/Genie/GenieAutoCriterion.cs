namespace CustomerAtlas.Core.Clustering.Genie;

/// <summary>How <see cref="GenieClusterer"/> picks the number of clusters when none is given.</summary>
public enum GenieAutoCriterion
{
    /// <summary>
    /// The cut with the highest density-based validity (DBCV) on a seeded sample. Slower, but on the
    /// clustering benchmark suite (sipu+uci+other, raw data) it recovers the reference structure
    /// better: mean ARI 0.45 against 0.37 for <see cref="MostPersistentGap"/>.
    /// </summary>
    DensityValidity,

    /// <summary>The cut whose partition persists over the widest range of merge heights (free once the hierarchy exists).</summary>
    MostPersistentGap,
}
