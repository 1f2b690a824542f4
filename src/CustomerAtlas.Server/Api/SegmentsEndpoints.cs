using CustomerAtlas.Data.Store;
using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Hosting;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CustomerAtlas.Server.Api;

/// <summary><c>/segments</c>: the overview, one segment in full, and the 2-D map.</summary>
internal static class SegmentsEndpoints
{
    private const int TopDriverCount = 3;

    public static void MapSegments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/segments").WithTags("Segments").RequireAuthorization(Scopes.Read);
        group.MapGet("/", List).WithName("ListSegments").WithSummary("Every segment with its size, name, mean profile and top drivers.");
        group.MapGet("/{id:int}", Get).WithName("GetSegment").WithSummary("One segment: profile, drivers, rules and centroid.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/map", Map).WithName("SegmentMap").WithSummary("Customers on the 2-D map, coloured by segment (an even sample).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static Ok<SegmentListResponse> List(SegmentCatalog catalog)
    {
        var overall = catalog.Run.Profiles
            .GroupBy(p => p.Feature, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().OverallMean, StringComparer.Ordinal);
        var segments = catalog.Run.Segments.Select(s => new SegmentSummaryResponse(
            s.Id,
            s.Name,
            s.Size,
            s.Share,
            catalog.MeanConfidence(s.Id),
            catalog.ProfileOf(s.Id).ToDictionary(p => p.Feature, p => p.Mean, StringComparer.Ordinal),
            s.Drivers.Take(TopDriverCount).Select(ToResponse).ToArray())).ToArray();
        return TypedResults.Ok(new SegmentListResponse(catalog.Model.Version, catalog.CustomerCount, catalog.ProfileFeatures, overall, segments));
    }

    private static Results<Ok<SegmentDetailResponse>, ProblemHttpResult> Get(int id, SegmentCatalog catalog)
    {
        if (catalog.FindSegment(id) is not { } segment)
        {
            return Problems.NotFound("Segment not found", $"Model {catalog.Model.Version} has no segment {id}; its segments are 0..{catalog.Model.SegmentCount - 1}.");
        }

        var features = catalog.Model.FeatureNames;
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int f = 0; f < features.Count; f++)
        {
            centroid[features[f]] = segment.Centroid[f];
        }

        return TypedResults.Ok(new SegmentDetailResponse(
            segment.Id,
            segment.Name,
            segment.Size,
            segment.Share,
            catalog.ProfileOf(id).Select(p => new FeatureProfileResponse(p.Feature, p.Mean, p.Median, p.OverallMean)).ToArray(),
            segment.Drivers.Select(ToResponse).ToArray(),
            segment.Rules,
            centroid));
    }

    private static Results<Ok<MapPointResponse[]>, ProblemHttpResult> Map(SegmentCatalog catalog, AtlasServerOptions options, int? limit)
    {
        int take = limit ?? options.MaxMapPoints;
        if (take < 1 || take > options.MaxMapPoints)
        {
            return Problems.BadRequest("Invalid limit", $"limit must be between 1 and {options.MaxMapPoints} (got {take}).");
        }

        var points = catalog.MapSample(take)
            .Select(c => new MapPointResponse(c.CustomerId, c.SegmentId, c.MapX!.Value, c.MapY!.Value))
            .ToArray();
        return TypedResults.Ok(points);
    }

    private static DriverResponse ToResponse(DriverRecord driver) => new(driver.Feature, driver.Effect);
}
