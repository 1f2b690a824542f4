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

    /// <summary>
    /// (x − median) / one spread shared by every feature: the largest robust spread among them. The features
    /// keep their relative sizes, so distances are those of the data's own units (coordinates, measurements
    /// of one kind, such as map coordinates); rescaling each feature to unit spread would stretch the short
    /// axes and change which points are near each other. Not the default: customer features in days, counts
    /// and money have spreads orders of magnitude apart.
    /// </summary>
    Shared,
}
