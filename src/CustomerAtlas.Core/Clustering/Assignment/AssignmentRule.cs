namespace CustomerAtlas.Core.Clustering.Assignment;

/// <summary>
/// How a model labels a row of <see cref="FeatureCount"/> model-space features with one of 0..<see cref="ClusterCount"/>−1,
/// written out so that it can be evaluated elsewhere. Every rule breaks exact ties as the model's Predict does
/// (the lower label; the left child in a centroid tree); results can differ from Predict only where two candidates are within rounding of each other.
/// </summary>
/// <param name="FeatureCount">Features per row.</param>
/// <param name="ClusterCount">Labels the rule gives.</param>
public abstract record AssignmentRule(int FeatureCount, int ClusterCount);
