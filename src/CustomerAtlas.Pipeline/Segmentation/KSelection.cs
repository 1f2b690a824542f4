namespace CustomerAtlas.Pipeline.Segmentation;

/// <summary>How k was chosen: every candidate's scores and the choice.</summary>
/// <param name="Method">"silhouette" (best mean silhouette over the range) or "forced" (--k).</param>
/// <param name="Candidates">Scores of each k tried.</param>
/// <param name="ChosenK">The k used.</param>
/// <param name="SilhouetteSampleSize">Rows the silhouette was computed on (all rows when small).</param>
public sealed record KSelection(string Method, IReadOnlyList<KCandidate> Candidates, int ChosenK, int SilhouetteSampleSize);
