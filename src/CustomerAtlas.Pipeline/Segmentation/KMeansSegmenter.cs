using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Pipeline.Segmentation;

/// <summary>
/// Fits k-means (k-means++ seeding, several restarts, seeded) for each k in the range and keeps
/// the k with the best mean silhouette; Calinski–Harabasz and Davies–Bouldin are reported beside it.
/// </summary>
public static class KMeansSegmenter
{
    /// <summary>The chosen model and how it was chosen.</summary>
    public static (KMeansModel Model, KSelection Selection) Fit(Matrix<double> data, SegmentationOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(data.Rows);
        int maxK = Math.Min(options.MaxK, data.Rows - 1);
        var ks = options.K is int forced ? [forced] : Enumerable.Range(options.MinK, Math.Max(1, maxK - options.MinK + 1)).ToArray();
        int sample = Math.Min(options.SilhouetteSample, data.Rows);
        var candidates = new List<KCandidate>();
        KMeansModel? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (int k in ks)
        {
            ct.ThrowIfCancellationRequested();
            // Tolerance 0: iterate until no customer changes segment, so the saved centroids are a fixed point:
            // scoring the training customers repeats their labels, and the in-engine refinement of a pushed-down
            // run (which stops only when centroids move less than 1e-6) starts already converged.
            var model = new KMeans(new KMeansOptions
            {
                K = k, NInit = options.Restarts, Seed = options.Seed, Tolerance = 0, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            }).Fit(data, ct);
            int distinct = model.Labels.Distinct().Count();
            double silhouette = distinct < 2 ? -1 : Silhouette.SampledScore(data, model.Labels, sample, options.Seed, options.MaxDegreeOfParallelism);
            double ch = distinct < 2 ? 0 : CalinskiHarabasz.Score(data, model.Labels);
            double db = distinct < 2 ? double.PositiveInfinity : DaviesBouldin.Score(data, model.Labels);
            candidates.Add(new KCandidate(k, silhouette, ch, db, model.Inertia));
            if (silhouette > bestScore)
            {
                (best, bestScore) = (model, silhouette);
            }
        }

        return (best!, new KSelection(options.K is null ? "silhouette" : "forced", candidates, best!.ClusterCount, sample));
    }
}
