namespace CustomerAtlas.Core.Clustering.Assignment;

/// <summary>
/// A model whose <see cref="IClusterModel.Predict"/> can be stated as a closed-form rule (nearest centroid, a tree of
/// nearer-of-two centroids, a Gaussian score), so that another engine — e.g. SQL inside a database — can label rows
/// exactly as Predict does without running this code.
/// </summary>
public interface IRuleAssignedModel : IClusterModel
{
    /// <summary>
    /// The rule Predict follows, or null when this instance predicts by something the rules cannot state
    /// (e.g. a cosine k-medoids, or a model fitted in float32 whose distances are measured in float32).
    /// </summary>
    AssignmentRule? ExplicitRule();
}
