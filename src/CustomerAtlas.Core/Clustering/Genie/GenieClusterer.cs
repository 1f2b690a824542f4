using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Graphs;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Genie;

/// <summary>
/// Genie hierarchical clustering (Gagolewski, Bartoszuk &amp; Cena 2016, as in genieclust):
/// single linkage along the exact Euclidean minimum spanning tree, corrected so that the Gini
/// index of cluster sizes stays under a threshold, which stops the chaining and outlier
/// isolation single linkage suffers from. With <see cref="GenieOptions.MinSamples"/> &gt; 1
/// (genie+) the tree uses mutual-reachability distances and its leaves are noise points.
/// Deterministic: no randomness, ties broken by point index.
/// </summary>
public sealed class GenieClusterer(GenieOptions? options = null) : IClusterer
{
    /// <summary>Rows the density validity of each candidate cut is computed on (a seeded sample above it).</summary>
    private const int AutoValidityRows = 1500;

    /// <summary>The options in use.</summary>
    public GenieOptions Options { get; } = options ?? new GenieOptions();

    /// <summary>Fits the hierarchy and cuts it at the configured (or most persistent) cluster count.</summary>
    public GenieModel Fit(Matrix<double> data, CancellationToken cancellationToken = default) =>
        FitThresholds(data, [Options.GiniThreshold], cancellationToken)[0];

    /// <summary>
    /// One model per Gini threshold (in the order given), all built on one minimum spanning tree:
    /// the tree is the expensive part and does not depend on the threshold, so trying several
    /// thresholds costs one tree plus one cheap merge pass each. Every other option applies to all.
    /// </summary>
    public IReadOnlyList<GenieModel> FitThresholds(Matrix<double> data, IReadOnlyList<double> giniThresholds, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data, nameof(data));
        ArgumentNullException.ThrowIfNull(giniThresholds);
        var errors = new ParameterErrors()
            .Require(giniThresholds.Count > 0, nameof(giniThresholds), "must hold at least one threshold.")
            .Require(giniThresholds.All(g => g is >= 0 and <= 1), nameof(giniThresholds), "every threshold must lie in [0, 1].");
        errors.ThrowIfAny();
        if (Options.MinSamples > data.Rows)
        {
            throw new ArgumentException($"MinSamples: must not exceed the row count {data.Rows} (got {Options.MinSamples}).", nameof(GenieOptions.MinSamples));
        }

        var (mst, core) = MinimumSpanningTrees.MutualReachability(
            data, Options.MinSamples, Options.SpanningTree, Options.MaxDegreeOfParallelism, cancellationToken);
        var isNoise = NoisePoints(mst, Options.MinSamples > 1);
        var anchors = NoiseAnchors(data, mst, isNoise, core, Options.NoiseAssignment);
        var points = data.Values.ToArray();
        var models = new GenieModel[giniThresholds.Count];
        for (int t = 0; t < models.Length; t++)
        {
            var order = GenieMerger.MergeOrder(mst, isNoise, giniThresholds[t], cancellationToken);
            var hierarchy = new GenieHierarchy(
                data.Rows,
                isNoise,
                [.. order.Select(e => mst.From[e])],
                [.. order.Select(e => mst.To[e])],
                [.. order.Select(e => mst.Weight[e])]);
            if (Options.ClusterCount is int k && k > hierarchy.MaxClusterCount)
            {
                throw new ArgumentException(
                    $"ClusterCount: must not exceed the number of non-noise points {hierarchy.MaxClusterCount} (got {k}).", nameof(GenieOptions.ClusterCount));
            }

            int clusterCount = Options.ClusterCount ?? ChooseClusterCount(data, hierarchy, anchors);
            var labels = GenieModel.LabelsAt(hierarchy, anchors, clusterCount);
            models[t] = new GenieModel(clusterCount, data.Cols, labels, points, hierarchy, anchors, giniThresholds[t], Options.MinSamples);
        }

        return models;
    }

    /// <summary>The label-free cluster count: the best cut in 2..MaxAutoClusterCount by the configured criterion.</summary>
    private int ChooseClusterCount(Matrix<double> data, GenieHierarchy hierarchy, int[] anchors)
    {
        int upper = Math.Min(Options.MaxAutoClusterCount, hierarchy.MaxClusterCount);
        if (upper < 2)
        {
            return 1;
        }

        if (Options.AutoCriterion == GenieAutoCriterion.MostPersistentGap)
        {
            return hierarchy.MostPersistentClusterCount(upper);
        }

        int best = 2;
        double bestScore = double.NegativeInfinity;
        for (int k = 2; k <= upper; k++)
        {
            var labels = GenieModel.LabelsAt(hierarchy, anchors, k);
            double score = DensityBasedValidity.Score(data, labels, AutoValidityRows, Options.Seed, Options.MaxDegreeOfParallelism);
            if (score > bestScore)
            {
                bestScore = score;
                best = k;
            }
        }

        return best;
    }

    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>MST leaves, when noise is enabled (genie+); a two-point tree keeps both points.</summary>
    private static bool[] NoisePoints(SpanningTree mst, bool enabled)
    {
        var isNoise = new bool[mst.PointCount];
        if (!enabled || mst.PointCount <= 2)
        {
            return isNoise;
        }

        var degree = new int[mst.PointCount];
        for (int e = 0; e < mst.EdgeCount; e++)
        {
            degree[mst.From[e]]++;
            degree[mst.To[e]]++;
        }

        for (int i = 0; i < isNoise.Length; i++)
        {
            isNoise[i] = degree[i] <= 1;
        }

        return isNoise;
    }

    /// <summary>The MST neighbour each noise point adopts the label of, per the assignment rule (boundary: within the neighbour's core distance); -1 to stay noise.</summary>
    private static int[] NoiseAnchors(Matrix<double> data, SpanningTree mst, bool[] isNoise, double[] coreDistances, GenieNoiseAssignment rule)
    {
        var anchors = new int[mst.PointCount];
        Array.Fill(anchors, -1);
        if (rule == GenieNoiseAssignment.None)
        {
            return anchors;
        }

        for (int e = 0; e < mst.EdgeCount; e++)
        {
            int a = mst.From[e];
            int b = mst.To[e];
            if (isNoise[a] == isNoise[b])
            {
                continue;
            }

            int noise = isNoise[a] ? a : b;
            int anchor = isNoise[a] ? b : a;
            bool boundary = Math.Sqrt(SimdMath.SquaredDistance(data.RowReadOnly(noise), data.RowReadOnly(anchor))) <= coreDistances[anchor];
            if (rule == GenieNoiseAssignment.All || boundary)
            {
                anchors[noise] = anchor;
            }
        }

        return anchors;
    }
}
