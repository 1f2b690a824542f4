using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// Weights of the candidate score. Each index is first mapped to [0, 1], higher = better:
/// silhouette s → (s + 1) / 2; Davies–Bouldin d → 1 / (1 + d); Calinski–Harabasz c → c / (largest c
/// among scored candidates); BIC b → 1 − (b − min) / (max − min) among candidates of the same
/// algorithm and preprocessing (the only place BIC values are comparable); stability = mean
/// bootstrap ARI clipped to [0, 1]. The score is the weighted mean of the components a candidate
/// has (weights of missing ones are dropped and the rest renormalised), times the share of rows
/// that are not noise, so a density method cannot win by declaring hard rows noise.
/// <para>Defaults (silhouette 0.7, stability 0.3, the rest 0) come from the clustering benchmark
/// suite (bench <c>quality --algorithms auto</c>): across Genie cuts and k-means at k = 2..50,
/// silhouette alone picked partitions with a higher mean ARI than any mix with Davies–Bouldin,
/// Calinski–Harabasz (which drifts upward with k) or near-neighbour consistency (which drifts
/// towards k = 2); BIC is only comparable within one mixture family, so it chooses the mixture's k
/// there (<see cref="FamilyKChoice.Bic"/>) instead of entering the cross-family score. Shapes that
/// silhouette misjudges are handled by the clear-gap rule (<see cref="SelectionOptions.ClearGapRatio"/>).</para>
/// </summary>
public sealed record ScoreWeights
{
    /// <summary>Silhouette weight. Default 0.7: the best single cross-family index on the benchmark suite.</summary>
    public double Silhouette { get; init; } = 0.7;

    /// <summary>Stability weight. Default 0.30: segments must survive resampling to be acted on.</summary>
    public double Stability { get; init; } = 0.30;

    /// <summary>Davies–Bouldin weight. Default 0: adding it lowered the benchmark ARI (it is still shown on the leaderboard).</summary>
    public double DaviesBouldin { get; init; }

    /// <summary>Calinski–Harabasz weight. Default 0: it drifts upward with k, and k now reaches 50 (still shown on the leaderboard).</summary>
    public double CalinskiHarabasz { get; init; }

    /// <summary>BIC weight (model-based candidates only). Default 0: BIC chooses the mixture's own k instead (<see cref="FamilyKChoice.Bic"/>).</summary>
    public double Bic { get; init; }

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid weight.</summary>
    public void Validate()
    {
        var errors = new ParameterErrors();
        foreach (var (name, value) in new[]
                 {
                     (nameof(Silhouette), Silhouette), (nameof(Stability), Stability), (nameof(DaviesBouldin), DaviesBouldin),
                     (nameof(CalinskiHarabasz), CalinskiHarabasz), (nameof(Bic), Bic),
                 })
        {
            errors.Require(value >= 0 && double.IsFinite(value), name, $"must be a finite non-negative weight (was {value}).");
        }

        errors.Require(Silhouette + DaviesBouldin + CalinskiHarabasz > 0, nameof(Silhouette), "at least one internal index needs a positive weight.");
        errors.ThrowIfAny();
    }
}
