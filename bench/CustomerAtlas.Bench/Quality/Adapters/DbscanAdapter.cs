using CustomerAtlas.Core.Clustering.Dbscan;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Bench.Quality.Adapters;

/// <summary>
/// DBSCAN (min_samples = 5) on standardized data. DBSCAN takes a radius, not k, so the adapter tries
/// eps at quantiles 0.50, 0.55, …, 0.95 of the 5th-neighbour distance and keeps the run whose cluster
/// count is closest to the reference k (ties: the smaller eps) — the same information the other
/// algorithms get. Noise counts as one more label. No peer figure exists for it.
/// </summary>
internal sealed class DbscanAdapter : IQualityAdapter
{
    private const int MinSamples = 5;

    public string Name => "dbscan";

    public string? SklearnPeer => null;

    public string? RPeer => null;

    public bool Quadratic => false;

    public int[] Cluster(Matrix<double> data, int k, int seed, CancellationToken cancellationToken)
    {
        int minSamples = Math.Min(MinSamples, data.Rows);
        var (_, squared) = new KdTree(data).KNearestAll(data, minSamples, cancellationToken: cancellationToken);
        var kth = Enumerable.Range(0, data.Rows).Select(i => Math.Sqrt(squared[(i * minSamples) + minSamples - 1])).Order().ToArray();
        int[]? best = null;
        int bestGap = int.MaxValue;
        for (int step = 0; step < 10; step++)
        {
            double eps = kth[(int)Math.Round((0.5 + (0.05 * step)) * (kth.Length - 1))];
            if (eps <= 0)
            {
                continue;
            }

            var model = new DbscanClusterer(new DbscanOptions { Eps = eps, MinSamples = minSamples }).Fit(data, cancellationToken);
            int gap = Math.Abs(model.ClusterCount - k);
            if (gap < bestGap)
            {
                bestGap = gap;
                best = [.. model.Labels];
            }
        }

        return best ?? new int[data.Rows];
    }
}
