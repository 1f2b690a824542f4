namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>The floating-point precision a k-means model measured distances in.</summary>
public enum KMeansPrecision
{
    /// <summary>32-bit floats (fitted on a <c>Matrix&lt;float&gt;</c>).</summary>
    Single,

    /// <summary>64-bit doubles (fitted on a <c>Matrix&lt;double&gt;</c>).</summary>
    Double,
}
