using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CustomerAtlas.Server.Api;

/// <summary><c>/health</c>: open to all, for load balancers and start-up checks.</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", Get).WithTags("Health").WithName("Health").WithSummary("Whether the server is up and which model it serves.")
            .AllowAnonymous();

    private static Ok<HealthResponse> Get(SegmentCatalog catalog) =>
        TypedResults.Ok(new HealthResponse("ok", catalog.Model.Version, catalog.CustomerCount, catalog.Run.Segments.Count));
}
