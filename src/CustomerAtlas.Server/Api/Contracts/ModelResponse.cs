namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>One model version and its lineage.</summary>
/// <param name="Version">Version id.</param>
/// <param name="Algorithm">Clustering algorithm.</param>
/// <param name="SegmentCount">Number of segments.</param>
/// <param name="CreatedUtc">When it was fitted.</param>
/// <param name="InputSha256">SHA-256 of the data it was fitted on.</param>
/// <param name="ParentVersion">The version it refreshed, if any.</param>
/// <param name="Features">The model's features.</param>
/// <param name="Serving">True for the version this server answers with.</param>
public sealed record ModelResponse(
    string Version,
    string Algorithm,
    int SegmentCount,
    DateTimeOffset CreatedUtc,
    string? InputSha256,
    string? ParentVersion,
    IReadOnlyList<string> Features,
    bool Serving);
