using System.Globalization;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Neighbors;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// Genie in the automatic search: one minimum spanning tree, merged under several Gini
/// thresholds, each hierarchy cut at every k of the search's range. The tree is the costly part
/// and is computed once per fit; every cut is one union-find pass. Candidates carry the variant
/// "gini=T" (or "gini=T;M=m" for a tree on mutual-reachability distances with smoothing factor m), which <see cref="Create"/> turns back into a plain <see cref="GenieClusterer"/> for a
/// given k (stability refits, forced runs).
/// </summary>
public static class GenieFamily
{
    /// <summary>
    /// Gini thresholds tried: 0.1, 0.3 and 0.5. 0.3 is the published default; 0.1 keeps cluster
    /// sizes even (dense, similar groups); 0.5 lets unequal groups survive. Higher values drift
    /// towards single linkage, which splits off outliers.
    /// </summary>
    public static IReadOnlyList<double> Thresholds { get; } = [0.1, 0.3, 0.5];

    /// <summary>
    /// Smoothing factors M tried by default (one tree per M): 1 only, classic Genie on Euclidean
    /// distances. M &gt; 1 (genie+) builds the tree on mutual-reachability distances over M
    /// neighbours and leaves MST leaves as noise, so sparse background points do not bridge groups.
    /// </summary>
    public static IReadOnlyList<int> DefaultSmoothing { get; } = [1];

    /// <summary>The variant name of a threshold and smoothing factor ("gini=0.3", or "gini=0.3;M=5" when M &gt; 1).</summary>
    public static string Variant(double threshold, int smoothing = 1) =>
        "gini=" + threshold.ToString(CultureInfo.InvariantCulture) + SmoothingVariant(smoothing, ";");

    /// <summary>The variant of the whole-family fit with smoothing factor <paramref name="smoothing"/> ("" for M = 1, else "M=5").</summary>
    public static string FitVariant(int smoothing) => SmoothingVariant(smoothing, string.Empty);

    /// <summary>The smoothing factor M named in a variant (1 when none is named).</summary>
    public static int SmoothingOf(string variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        foreach (var part in variant.Split(';'))
        {
            if (part.StartsWith("M=", StringComparison.Ordinal)
                && int.TryParse(part.AsSpan(2), NumberStyles.Integer, CultureInfo.InvariantCulture, out int m) && m >= 1)
            {
                return m;
            }
        }

        return 1;
    }

    private static string SmoothingVariant(int smoothing, string separator) =>
        smoothing > 1 ? separator + "M=" + smoothing.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>
    /// The clusterer for search settings: with k, a <see cref="GenieClusterer"/> at the variant's
    /// threshold; without k, a fit of every threshold on one tree (to be cut by <see cref="Cuts"/>).
    /// </summary>
    public static IClusterer Create(AlgorithmSettings settings, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.K is int k)
        {
            return new GenieClusterer(new GenieOptions
            {
                ClusterCount = k,
                GiniThreshold = ThresholdOf(settings.Variant),
                MinSamples = SmoothingOf(settings.Variant),
                MaxDegreeOfParallelism = maxDegreeOfParallelism,
            });
        }

        return new AllThresholds(SmoothingOf(settings.Variant), maxDegreeOfParallelism);
    }

    /// <summary>Every threshold's hierarchy cut at every k in [minK, maxK] it allows, with its gap ratio.</summary>
    public static IReadOnlyList<CandidateCut> Cuts(IClusterModel model, int minK, int maxK)
    {
        if (model is not ThresholdModels fitted)
        {
            throw new ArgumentException("Expected the model of a Genie family fit.", nameof(model));
        }

        var cuts = new List<CandidateCut>();
        foreach (var genie in fitted.Models)
        {
            var hierarchy = genie.Hierarchy;
            int upper = Math.Min(maxK, hierarchy.MaxClusterCount);
            if (upper < minK)
            {
                continue;
            }

            var ratios = MergeHeightGaps.Ratios(hierarchy.MergeHeight, hierarchy.MaxClusterCount, minK, upper);
            for (int k = minK; k <= upper; k++)
            {
                cuts.Add(new CandidateCut(Variant(genie.GiniThreshold, genie.MinSamples), k, genie.WithClusterCount(k), ratios[k - minK]));
            }
        }

        return cuts;
    }

    /// <summary>
    /// For every row of <paramref name="data"/>, the index of its nearest fitted row, when <paramref name="model"/> is a
    /// family fit on a sample that labelled <paramref name="data"/> (its <see cref="IClusterModel.Predict"/>, as the search's
    /// fitter calls it above <see cref="AlgorithmSpec.MaxFitRows"/>); null otherwise. Every cut of the family labels the
    /// rows through the same nearest fitted rows, so the search reuses these instead of running the nearest search again.
    /// </summary>
    public static int[]? NearestFittedRows(IClusterModel model, Matrix<double> data) =>
        model is ThresholdModels { Predicted: var (predicted, nearest) } && ReferenceEquals(predicted, data) ? nearest : null;

    private static double ThresholdOf(string variant)
    {
        foreach (var part in variant.Split(';'))
        {
            if (part.StartsWith("gini=", StringComparison.Ordinal)
                && double.TryParse(part.AsSpan(5), NumberStyles.Float, CultureInfo.InvariantCulture, out double g))
            {
                return g;
            }
        }

        return new GenieOptions().GiniThreshold;
    }

    /// <summary>Fits every threshold on one tree; the model exists only to be cut.</summary>
    private sealed class AllThresholds(int smoothing, int maxDegreeOfParallelism) : IClusterer
    {
        public IClusterModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
        {
            var clusterer = new GenieClusterer(new GenieOptions
            {
                ClusterCount = Math.Min(2, data.Rows),
                MinSamples = Math.Min(smoothing, data.Rows),
                MaxDegreeOfParallelism = maxDegreeOfParallelism,
            });
            return new ThresholdModels(clusterer.FitThresholds(data, Thresholds, cancellationToken));
        }
    }

    /// <summary>
    /// The per-threshold models of one fit; acts as its first model until cut. Every model shares the fitted points, so a
    /// prediction finds each row's nearest fitted row once and keeps it for the cuts (<see cref="NearestFittedRows"/>).
    /// </summary>
    private sealed class ThresholdModels(IReadOnlyList<GenieModel> models) : IClusterModel
    {
        public IReadOnlyList<GenieModel> Models { get; } = models;

        /// <summary>The rows last predicted and the nearest fitted row of each; null before any prediction.</summary>
        public (Matrix<double> Data, int[] Nearest)? Predicted { get; private set; }

        public string Algorithm => Models[0].Algorithm;

        public int ClusterCount => Models[0].ClusterCount;

        public int FeatureCount => Models[0].FeatureCount;

        public IReadOnlyList<int> Labels => Models[0].Labels;

        /// <summary>The first model's label of each row's nearest fitted row (ties: the lower row), as <see cref="GenieModel.Predict"/>.</summary>
        public int[] Predict(Matrix<double> data)
        {
            ArgumentNullException.ThrowIfNull(data);
            var first = Models[0];
            if (data.Cols != first.FeatureCount)
            {
                throw new ArgumentException($"The data has {data.Cols} columns; the model was fitted on {first.FeatureCount}.", nameof(data));
            }

            var fitted = new Matrix<double>(first.Labels.Count, first.FeatureCount, [.. first.Points]);
            var (nearest, _) = new KdTree(fitted).KNearestAll(data, 1);
            Predicted = (data, nearest);
            return [.. nearest.Select(r => first.Labels[r])];
        }
    }
}
