namespace CustomerAtlas.Core.Clustering.Genie;

/// <summary>What happens to genie+ noise points (MST leaves when <see cref="GenieOptions.MinSamples"/> &gt; 1) after the cut.</summary>
public enum GenieNoiseAssignment
{
    /// <summary>
    /// A noise point joins the cluster of its MST neighbour when it lies within that neighbour's
    /// core distance (it is a boundary point of the cluster); others stay noise (genieclust's "boundary").
    /// </summary>
    Boundary,

    /// <summary>Noise points stay noise (-1).</summary>
    None,

    /// <summary>Every noise point joins the cluster of its MST neighbour.</summary>
    All,
}
