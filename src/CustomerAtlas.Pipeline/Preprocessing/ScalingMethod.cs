namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>How a feature is centred and scaled before clustering.</summary>
public enum ScalingMethod
{
    /// <summary>(x − median) / IQR; falls back to <see cref="Standard"/> when the IQR is 0. Resists outliers.</summary>
    Robust,

    /// <summary>(x − mean) / standard deviation.</summary>
    Standard,
}
