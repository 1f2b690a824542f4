namespace CustomerAtlas.Core.Drift;

/// <summary>
/// Thresholds of <see cref="DriftMonitor"/>. The population stability index (PSI) levels are the ones credit-risk
/// monitoring has used for decades: below 0.1 the population is the same, 0.1 to 0.25 it has moved and is worth watching,
/// above 0.25 it has changed enough that a model fitted on the old one no longer describes it.
/// </summary>
public sealed record DriftOptions
{
    /// <summary>Quantile bins per feature in the fit's reference (<see cref="FeatureReference.Build"/>). Default 10 (deciles).</summary>
    public int Bins { get; init; } = 10;

    /// <summary>PSI from which a feature or the segment shares count as moved (verdict at least Watch). Default 0.1.</summary>
    public double WatchPsi { get; init; } = 0.1;

    /// <summary>PSI from which a feature or the segment shares count as changed (verdict Refresh). Default 0.25.</summary>
    public double RefreshPsi { get; init; } = 0.25;

    /// <summary>
    /// Share of new customers farther from their segment's centre than 90 % of the fit's customers were, from which the
    /// segments count as no longer describing them (verdict Refresh); at fit time it is 10 % by construction. Default 0.25.
    /// </summary>
    public double RefreshFarShare { get; init; } = 0.25;

    /// <summary>The same share from which the verdict is at least Watch. Default 0.15.</summary>
    public double WatchFarShare { get; init; } = 0.15;

    /// <summary>Throws one <see cref="ArgumentException"/> naming every invalid setting.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (Bins is < 2 or > 100)
        {
            errors.Add($"{nameof(Bins)} must be 2 to 100 (was {Bins}).");
        }

        if (!(WatchPsi > 0 && WatchPsi <= RefreshPsi && double.IsFinite(RefreshPsi)))
        {
            errors.Add($"{nameof(WatchPsi)} must be positive and at most {nameof(RefreshPsi)}, which must be finite (were {WatchPsi} and {RefreshPsi}).");
        }

        if (!(WatchFarShare > 0.1 && WatchFarShare <= RefreshFarShare && RefreshFarShare <= 1))
        {
            errors.Add($"{nameof(WatchFarShare)} must be above 0.1 (the fit's own share) and at most {nameof(RefreshFarShare)}, at most 1 (were {WatchFarShare} and {RefreshFarShare}).");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors));
        }
    }
}
