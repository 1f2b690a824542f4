namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>
/// How one kept feature goes from its raw value to the model's space:
/// missing → <see cref="Impute"/>, then log1p when <see cref="Log1p"/>, then (x − <see cref="Center"/>) / <see cref="Scale"/>,
/// then clipped to ±<see cref="Clip"/> so a few extreme customers cannot form segments of their own.
/// </summary>
/// <param name="Name">Feature name (as in the feature plan).</param>
/// <param name="Impute">Value used for missing entries (the median of the raw values).</param>
/// <param name="Log1p">Whether log(1 + x) is applied (skewed non-negative money or counts).</param>
/// <param name="Scaling">The scaling actually used.</param>
/// <param name="Center">Subtracted after the log.</param>
/// <param name="Scale">Divided by after centring (never 0).</param>
/// <param name="Clip">Largest absolute model-space value (positive infinity = no clipping).</param>
/// <param name="Reason">Why these choices, in words.</param>
public sealed record FeatureTransform(string Name, double Impute, bool Log1p, ScalingMethod Scaling, double Center, double Scale, double Clip, string Reason)
{
    /// <summary>The model-space value of a raw value (NaN = missing).</summary>
    public double Apply(double raw)
    {
        double x = double.IsNaN(raw) ? Impute : raw;
        if (Log1p)
        {
            x = Math.Log(1 + Math.Max(x, 0));
        }

        return Math.Clamp((x - Center) / Scale, -Clip, Clip);
    }
}
