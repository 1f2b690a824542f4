using System.Text.Json;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CustomerAtlas.Server.Api;

/// <summary><c>/quality</c>: the data-quality report of the data the served model was fitted on.</summary>
internal static class QualityEndpoints
{
    public static void MapQuality(this IEndpointRouteBuilder app) =>
        app.MapGroup("/quality").WithTags("Quality").RequireAuthorization(Scopes.Read)
            .MapGet("/", Get).WithName("GetQuality").WithSummary("The data-quality report (quality.json) of the fit's input.");

    private static Ok<JsonElement> Get(SegmentCatalog catalog) => TypedResults.Ok(catalog.Quality);
}
