namespace CustomerAtlas.Data.Store;

/// <summary>Metadata and lineage of one fitted model version.</summary>
/// <param name="Version">Unique version id; the store's unit of replacement.</param>
/// <param name="Algorithm">Clustering algorithm name (e.g. "kmeans").</param>
/// <param name="SegmentCount">Number of segments (k).</param>
/// <param name="CreatedUtc">When the model was fitted.</param>
/// <param name="InputSha256">SHA-256 of the input data the model was fitted on, when known.</param>
/// <param name="ParentVersion">The version this one refreshed, when it is a refit.</param>
/// <param name="FeatureNames">Names of the model's features, in model order.</param>
/// <param name="ModelJson">The saved model file (model.json) as text, so a store alone can score.</param>
/// <param name="QualityJson">The data-quality report (quality.json) as text.</param>
public sealed record ModelRecord(
    string Version,
    string Algorithm,
    int SegmentCount,
    DateTimeOffset CreatedUtc,
    string? InputSha256,
    string? ParentVersion,
    IReadOnlyList<string> FeatureNames,
    string ModelJson,
    string QualityJson);
