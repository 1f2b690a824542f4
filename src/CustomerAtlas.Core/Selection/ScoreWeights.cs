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
/// </summary>
public sealed record ScoreWeights
{
    /// <summary>Silhouette weight. Default 0.35: the most widely trusted single index of separation.</summary>
    public double Silhouette { get; init; } = 0.35;

    /// <summary>Stability weight. Default 0.30: segments must survive resampling to be acted on.</summary>
    public double Stability { get; init; } = 0.30;

    /// <summary>Davies–Bouldin weight. Default 0.15: a second view of compactness vs separation.</summary>
    public double DaviesBouldin { get; init; } = 0.15;

    /// <summary>Calinski–Harabasz weight. Default 0.10: low because it drifts upward with k on unclustered data.</summary>
    public double CalinskiHarabasz { get; init; } = 0.10;

    /// <summary>BIC weight (model-based candidates only). Default 0.10.</summary>
    public double Bic { get; init; } = 0.10;

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
