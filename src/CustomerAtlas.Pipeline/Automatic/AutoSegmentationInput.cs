using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>The customer table the automatic segmentation works on.</summary>
/// <param name="CustomerIds">One id per row.</param>
/// <param name="Features">Numeric clustering features in readable units (one row per customer).</param>
/// <param name="FeatureNames">One name per feature column.</param>
/// <param name="Outcomes">Outcome columns (<c>--outcome</c>): analysed per segment, never clustered on.</param>
/// <param name="Protected">Protected attributes (<c>--protected</c>): composition checked per segment, never clustered on.</param>
public sealed record AutoSegmentationInput(
    IReadOnlyList<string> CustomerIds,
    Matrix<double> Features,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyDictionary<string, double[]> Outcomes,
    IReadOnlyDictionary<string, string?[]> Protected);
