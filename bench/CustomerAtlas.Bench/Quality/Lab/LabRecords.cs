namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>
/// One candidate of one search as the selection lab caches it: what the search measured (the
/// leaderboard entry) plus the lab's own measurements, above all the ARI against the reference labels.
/// </summary>
/// <param name="Rank">Rank on the product's leaderboard (1 = the product's choice with this pool).</param>
/// <param name="Algorithm">Algorithm name.</param>
/// <param name="Variant">Parameter setting ("gini=0.3;M=5" for a Genie cut).</param>
/// <param name="K">Clusters found (noise excluded), null when never fitted.</param>
/// <param name="Status">Search status (Scored, Screened, Outranked, Infeasible, ...).</param>
/// <param name="NoiseShare">Share of rows labelled noise.</param>
/// <param name="SmallestShare">Share of rows in the smallest cluster.</param>
/// <param name="Silhouette">Silhouette on the search's evaluation sample.</param>
/// <param name="DaviesBouldin">Davies–Bouldin on the evaluation sample.</param>
/// <param name="Stability">Bootstrap stability where the search estimated it.</param>
/// <param name="Score">The search's final score.</param>
/// <param name="GapRatio">Merge-height gap ratio of a hierarchy cut.</param>
/// <param name="Dbcv">Density-based validity on the lab's sample (null when not computed).</param>
/// <param name="Modularity">Modularity terms (share of edges inside, share expected) of the candidate on the evaluation sample's M-nearest-neighbour graph, for M = 5, 10, 20 in turn.</param>
/// <param name="Seams">Edge counts between and inside its clusters on the evaluation sample's 10-nearest-neighbour graph (k × k, row-major; <see cref="Core.Selection.NeighbourGraph.ClusterEdgeCounts"/>), for feasible candidates of the third dump.</param>
/// <param name="Merges">Its segments merged across the densest seam, one pair at a time (<see cref="SeamMerges"/>), for feasible candidates of the fourth dump.</param>
/// <param name="Ari">ARI against the reference labels (best over labellings, reference noise left out).</param>
internal sealed record LabCandidate(
    int Rank,
    string Algorithm,
    string Variant,
    int? K,
    string Status,
    double? NoiseShare,
    double? SmallestShare,
    double? Silhouette,
    double? DaviesBouldin,
    double? Stability,
    double? Score,
    double? GapRatio,
    double? Dbcv,
    IReadOnlyList<double>? Modularity,
    double? Ari,
    IReadOnlyList<long>? Seams = null,
    IReadOnlyList<SeamMerge>? Merges = null)
{
    /// <summary>Its label of each row of the set's evaluation sample (<see cref="LabSet.Sample"/>), for rules that measure partitions offline; null when never fitted or dumped before the field existed.</summary>
    public IReadOnlyList<int>? SampleLabels { get; init; }

    /// <summary>Feasible and kept by its family's own k-choice.</summary>
    public bool Feasible => Status is "Scored" or "Screened";

    /// <summary>Genie smoothing factor M of a Genie cut (1 for classic Genie and for other algorithms).</summary>
    public int Smoothing => Core.Selection.GenieFamily.SmoothingOf(Variant);

    /// <summary>True for a cut of a Genie tree.</summary>
    public bool IsGenieCut => Algorithm == "genie" && GapRatio is not null;
}

/// <summary>The cached search of one benchmark set.</summary>
/// <param name="Battery">Battery name.</param>
/// <param name="Name">Set name.</param>
/// <param name="Rows">Rows.</param>
/// <param name="Cols">Columns.</param>
/// <param name="ReferenceK">k of the first reference labelling.</param>
/// <param name="Seconds">Wall time of the search.</param>
/// <param name="Candidates">Every candidate, in leaderboard order.</param>
internal sealed record LabSet(string Battery, string Name, int Rows, int Cols, int ReferenceK, double Seconds, IReadOnlyList<LabCandidate> Candidates)
{
    /// <summary>The search's evaluation sample in the prepared space (rows × columns); null in dumps made before the field existed.</summary>
    public IReadOnlyList<double[]>? Sample { get; init; }
}
