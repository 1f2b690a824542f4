namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>How a feature is centred and scaled before clustering.</summary>
public enum ScalingMethod
{
    /// <summary>
    /// (x − median) / standard deviation of the values winsorized at 1 % per tail (<see cref="RobustSpread"/>);
    /// the plain standard deviation when the winsorized values are all equal (a flag held by at most 1 %).
    /// A few extreme customers neither inflate the spread nor, after clipping, pull segments.
    /// </summary>
    Robust,

    /// <summary>(x − mean) / standard deviation.</summary>
    Standard,
}
