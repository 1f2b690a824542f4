namespace CustomerAtlas.Pipeline.Segmentation;

/// <summary>Validation of one candidate k.</summary>
/// <param name="K">Number of segments.</param>
/// <param name="Silhouette">Mean silhouette (sampled when n is large); higher is better, in -1..1.</param>
/// <param name="CalinskiHarabasz">Calinski–Harabasz index; higher is better.</param>
/// <param name="DaviesBouldin">Davies–Bouldin index; lower is better.</param>
/// <param name="Inertia">Within-segment sum of squares.</param>
public sealed record KCandidate(int K, double Silhouette, double CalinskiHarabasz, double DaviesBouldin, double Inertia);
