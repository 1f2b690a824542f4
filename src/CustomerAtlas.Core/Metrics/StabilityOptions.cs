using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Metrics;

/// <summary>Settings of <see cref="BootstrapStability"/>.</summary>
public sealed record StabilityOptions
{
    /// <summary>
    /// Number of refits on resamples. Default 20: the mean pairwise ARI then averages 190 pairs,
    /// enough for a stable figure, while costing 20 fits.
    /// </summary>
    public int Resamples { get; init; } = 20;

    /// <summary>
    /// Share of rows in each resample, drawn without replacement. Default 0.8: large enough that
    /// clusters keep their shape, small enough that resamples differ.
    /// </summary>
    public double SampleFraction { get; init; } = 0.8;

    /// <summary>Seed of the resampling; default null = <see cref="Internal.Seeds.Default"/>.</summary>
    public int? Seed { get; init; }

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid setting.</summary>
    public void Validate() =>
        new ParameterErrors()
            .Require(Resamples >= 2, nameof(Resamples), $"must be at least 2 (pairs of resamples are compared), got {Resamples}")
            .Require(SampleFraction > 0 && SampleFraction <= 1, nameof(SampleFraction), $"must be in (0, 1], got {SampleFraction}")
            .ThrowIfAny();
}
