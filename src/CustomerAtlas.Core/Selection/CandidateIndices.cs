namespace CustomerAtlas.Core.Selection;

/// <summary>The raw quality measurements of one fitted candidate, before they are combined.</summary>
/// <param name="Silhouette">Mean silhouette.</param>
/// <param name="CalinskiHarabasz">Calinski–Harabasz index.</param>
/// <param name="DaviesBouldin">Davies–Bouldin index.</param>
/// <param name="Bic">BIC, when the model has one.</param>
/// <param name="Stability">Mean bootstrap ARI, when estimated.</param>
/// <param name="NoiseShare">Share of rows labelled noise.</param>
/// <param name="BicGroup">Candidates whose BIC values are comparable share this key (algorithm + preprocessing).</param>
/// <param name="NeighbourKept">
/// Share of the evaluation sample's nearest-neighbour graph edges kept inside segments (both ends in the same
/// segment, <see cref="NeighbourGraph.ModularityTerms"/>); null when not measured.
/// </param>
/// <param name="NeighbourModularity">
/// Modularity of the partition on the evaluation sample's nearest-neighbour graph at
/// <see cref="SelectionOptions.BoundaryResolution"/> (<see cref="NeighbourGraph.Modularity"/>); null when not measured.
/// </param>
/// <param name="ValleyRatio">
/// Valley ratio of the partition on the valley sample (<see cref="SelectionOptions.ValleyRows"/>, <see cref="DensityValleys.ValleyRatio"/>); null when not measured.
/// </param>
/// <param name="NeighbourExpected">
/// Share of the same graph's edges a random graph with the same degrees would keep inside the segments
/// (<see cref="NeighbourGraph.ModularityTerms"/>); null when not measured.
/// </param>
public sealed record CandidateIndices(
    double Silhouette,
    double CalinskiHarabasz,
    double DaviesBouldin,
    double? Bic,
    double? Stability,
    double NoiseShare,
    string BicGroup,
    double? NeighbourKept = null,
    double? NeighbourModularity = null,
    double? ValleyRatio = null,
    double? NeighbourExpected = null)
{
    /// <summary>
    /// The neighbour edges the partition cuts relative to what chance would cut, (1 − kept) / (1 − expected)
    /// (<see cref="NeighbourGraph.CutRatio"/>): comparable between partitions whose segment sizes differ. Null when not measured.
    /// </summary>
    public double? NeighbourCutRatio =>
        NeighbourKept is double kept && NeighbourExpected is double expected ? NeighbourGraph.CutRatio(kept, expected) : null;
}

/// <summary>Combines candidate indices into one score as documented on <see cref="ScoreWeights"/>.</summary>
public static class SelectionScoring
{
    /// <summary>
    /// Scores every entry of <paramref name="indices"/> against the others (CH and BIC are
    /// normalised over the set). Pass <paramref name="includeStability"/> = false for the
    /// screening score, which ignores stability even where it is known.
    /// </summary>
    public static double[] Score(IReadOnlyList<CandidateIndices> indices, ScoreWeights weights, bool includeStability)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(weights);
        double maxCh = indices.Count == 0 ? 0 : indices.Max(i => i.CalinskiHarabasz);
        var bicRange = indices
            .Where(i => i.Bic.HasValue)
            .GroupBy(i => i.BicGroup, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Min: g.Min(i => i.Bic!.Value), Max: g.Max(i => i.Bic!.Value)), StringComparer.Ordinal);
        var scores = new double[indices.Count];
        for (int c = 0; c < indices.Count; c++)
        {
            var x = indices[c];
            double sum = 0;
            double weight = 0;
            Add(weights.Silhouette, (Math.Clamp(x.Silhouette, -1, 1) + 1) / 2);
            Add(weights.DaviesBouldin, 1 / (1 + Math.Max(x.DaviesBouldin, 0)));
            Add(weights.CalinskiHarabasz, maxCh > 0 ? Math.Max(x.CalinskiHarabasz, 0) / maxCh : 0);
            if (x.Bic is double bic)
            {
                var (min, max) = bicRange[x.BicGroup];
                Add(weights.Bic, max > min ? 1 - ((bic - min) / (max - min)) : 1);
            }

            if (includeStability && x.Stability is double stability)
            {
                Add(weights.Stability, Math.Clamp(stability, 0, 1));
            }

            scores[c] = weight > 0 ? sum / weight * (1 - x.NoiseShare) : 0;

            void Add(double w, double value)
            {
                sum += w * value;
                weight += w;
            }
        }

        return scores;
    }
}
