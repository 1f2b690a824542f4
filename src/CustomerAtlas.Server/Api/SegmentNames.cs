using CustomerAtlas.Server.Catalog;

namespace CustomerAtlas.Server.Api;

/// <summary>Names a segment id for responses, noise included.</summary>
internal static class SegmentNames
{
    public const string Noise = "Noise";

    public static string Of(SegmentCatalog catalog, int segmentId) =>
        catalog.FindSegment(segmentId)?.Name ?? (segmentId < 0 ? Noise : $"Segment {segmentId}");
}
