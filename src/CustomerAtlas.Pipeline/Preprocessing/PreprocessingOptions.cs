using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>Options of <see cref="PreprocessorFitter"/>.</summary>
public sealed record PreprocessingOptions
{
    /// <summary>Scaling; default <see cref="ScalingMethod.Robust"/> because customer data is heavy-tailed and its features come in different units.</summary>
    public ScalingMethod Scaling { get; init; } = ScalingMethod.Robust;

    /// <summary>
    /// Share of customers at each end of a feature that <see cref="ScalingMethod.Robust"/> winsorizes before
    /// measuring the feature's spread (<see cref="RobustSpread"/>); default 0.01, the usual 1 %/99 % winsorizing:
    /// a handful of extreme accounts cannot inflate the spread, while segments larger than that (the automatic
    /// mode's smallest allowed segment is 2 % up to 5,000 customers) still count in it. In larger tables a
    /// segment of 0.5–1 % at one end of a feature is winsorized when its spread is measured, but its values
    /// are not: it still stands apart. 0 = the plain standard deviation.
    /// </summary>
    public double RobustTailShare { get; init; } = 0.01;

    /// <summary>Skewness above which a non-negative money/count feature gets log1p; default 1 (a common "highly skewed" cut-off).</summary>
    public double SkewThreshold { get; init; } = 1.0;

    /// <summary>|Pearson r| above which the later of two features is dropped as a near-duplicate; default 0.95.</summary>
    public double DuplicateCorrelation { get; init; } = 0.95;

    /// <summary>
    /// Largest absolute scaled value; default 5 (robust or standard deviations). Beyond it customers
    /// are clipped so that a handful of extreme accounts do not become a segment of their own; they
    /// are still counted as outliers in the quality report.
    /// </summary>
    public double Clip { get; init; } = 5;

    /// <summary>Checks the options, reporting every problem.</summary>
    public void Validate() => new ParameterErrors()
        .Require(double.IsFinite(SkewThreshold) && SkewThreshold >= 0, nameof(SkewThreshold), "must be a finite number >= 0")
        .Require(Clip > 0, nameof(Clip), "must be above 0")
        .Require(RobustTailShare >= 0 && RobustTailShare < 0.5, nameof(RobustTailShare), "must be in [0, 0.5)")
        .Require(DuplicateCorrelation > 0 && DuplicateCorrelation <= 1, nameof(DuplicateCorrelation), "must be in (0, 1]")
        .ThrowIfAny();
}
