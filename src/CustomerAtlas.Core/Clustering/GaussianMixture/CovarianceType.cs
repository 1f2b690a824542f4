namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>The shape each mixture component's covariance may take.</summary>
public enum CovarianceType
{
    /// <summary>Each component has its own unrestricted covariance matrix (d(d+1)/2 parameters): ellipsoids in any orientation.</summary>
    Full,

    /// <summary>Each component has its own per-feature variances (d parameters): axis-aligned ellipsoids.</summary>
    Diagonal,

    /// <summary>Each component has one variance shared by all features (1 parameter): spheres of different sizes.</summary>
    Spherical,
}
