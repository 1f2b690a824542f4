using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CustomerAtlas.Server.Api;

/// <summary><c>/models</c>: model versions, their lineage, and what <c>POST /score</c> accepts.</summary>
internal static class ModelsEndpoints
{
    public static void MapModels(this IEndpointRouteBuilder app) =>
        app.MapGroup("/models").WithTags("Models").RequireAuthorization(Scopes.Read)
            .MapGet("/", List).WithName("ListModels").WithSummary("Every known model version with its lineage, and the columns scoring accepts.");

    private static Ok<ModelListResponse> List(SegmentCatalog catalog)
    {
        var versions = catalog.Versions.Select(m => new ModelResponse(
            m.Version, m.Algorithm, m.SegmentCount, m.CreatedUtc, m.InputSha256, m.ParentVersion, m.FeatureNames, m.Version == catalog.Model.Version)).ToArray();
        var inputs = catalog.Scorer.SupportedKinds.ToDictionary(
            kind => ScoreRequestReader.PropertyName(kind),
            kind =>
            {
                var columns = catalog.Scorer.ColumnsFor(kind);
                return new ScoreColumnsResponse(columns.IdColumn, columns.Known, columns.Required);
            });
        return TypedResults.Ok(new ModelListResponse(catalog.Model.Version, versions, inputs));
    }
}
