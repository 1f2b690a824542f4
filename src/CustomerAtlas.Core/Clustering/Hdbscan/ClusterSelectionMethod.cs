namespace CustomerAtlas.Core.Clustering.Hdbscan;

/// <summary>How HDBSCAN picks flat clusters from the condensed tree.</summary>
public enum ClusterSelectionMethod
{
    /// <summary>Excess of mass: the set of non-nested clusters with the largest total stability (Campello et al. 2013).</summary>
    ExcessOfMass,

    /// <summary>The leaves of the condensed tree: many small, homogeneous clusters.</summary>
    Leaf,
}
