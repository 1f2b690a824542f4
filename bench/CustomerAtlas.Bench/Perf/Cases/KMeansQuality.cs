using CustomerAtlas.Core.Clustering.KMeans;

namespace CustomerAtlas.Bench.Perf;

/// <summary>Inertia and ARI-vs-truth of a set of centroids on the bench data (float32 distances, our kernels).</summary>
public static class KMeansQuality
{
    /// <summary>Quality figures of <paramref name="centroids"/> on <paramref name="data"/>.</summary>
    public static Dictionary<string, double> Measure(BenchData data, double[][] centroids)
    {
        var probe = new KMeansModel(centroids, [], 0, 0, KMeansPrecision.Single, new KMeansFitTimings(0, 0));
        var labels = probe.Predict(data.X);
        double inertia = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            var x = data.X.RowReadOnly(i);
            var c = centroids[labels[i]];
            double sum = 0;
            for (int j = 0; j < x.Length; j++)
            {
                double diff = x[j] - c[j];
                sum += diff * diff;
            }

            inertia += sum;
        }

        return new Dictionary<string, double> { ["inertia"] = inertia, ["ari"] = AdjustedRand.ScoreAgainstFile(data.Set.LabelsPath, labels) };
    }
}
