using System.Globalization;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// Genie in the automatic search: one minimum spanning tree, merged under several Gini
/// thresholds, each hierarchy cut at every k of the search's range. The tree is the costly part
/// and is computed once per fit; every cut is one union-find pass. Candidates carry the variant
/// "gini=T", which <see cref="Create"/> turns back into a plain <see cref="GenieClusterer"/> for a
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

    /// <summary>The variant name of a threshold ("gini=0.3").</summary>
    public static string Variant(double threshold) => "gini=" + threshold.ToString(CultureInfo.InvariantCulture);

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
                MaxDegreeOfParallelism = maxDegreeOfParallelism,
            });
        }

        return new AllThresholds(maxDegreeOfParallelism);
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
                cuts.Add(new CandidateCut(Variant(genie.GiniThreshold), k, genie.WithClusterCount(k), ratios[k - minK]));
            }
        }

        return cuts;
    }

    private static double ThresholdOf(string variant) =>
        variant.StartsWith("gini=", StringComparison.Ordinal)
        && double.TryParse(variant.AsSpan(5), NumberStyles.Float, CultureInfo.InvariantCulture, out double g)
            ? g
            : new GenieOptions().GiniThreshold;

    /// <summary>Fits every threshold on one tree; the model exists only to be cut.</summary>
    private sealed class AllThresholds(int maxDegreeOfParallelism) : IClusterer
    {
        public IClusterModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
        {
            var clusterer = new GenieClusterer(new GenieOptions
            {
                ClusterCount = Math.Min(2, data.Rows),
                MaxDegreeOfParallelism = maxDegreeOfParallelism,
            });
            return new ThresholdModels(clusterer.FitThresholds(data, Thresholds, cancellationToken));
        }
    }

    /// <summary>The per-threshold models of one fit; acts as its first model until cut.</summary>
    private sealed class ThresholdModels(IReadOnlyList<GenieModel> models) : IClusterModel
    {
        public IReadOnlyList<GenieModel> Models { get; } = models;

        public string Algorithm => Models[0].Algorithm;

        public int ClusterCount => Models[0].ClusterCount;

        public int FeatureCount => Models[0].FeatureCount;

        public IReadOnlyList<int> Labels => Models[0].Labels;

        public int[] Predict(Matrix<double> data) => Models[0].Predict(data);
    }
}
