using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Hosting;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CustomerAtlas.Server.Api;

/// <summary><c>POST /drift</c>: compares a batch of customers with the ones the served model was fitted on.</summary>
internal static class DriftEndpoints
{
    public static void MapDrift(this IEndpointRouteBuilder app) =>
        app.MapGroup("/drift").WithTags("Monitoring").RequireAuthorization(Scopes.Score)
            .MapPost("/", Compare).WithName("Drift")
            .WithSummary("Compares a batch of customer feature rows or raw rows (the body of /score) with the customers the model was fitted on, as `atlas drift` does.")
            .Accepts<ScoreRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Results<Ok<DriftResponse>, ValidationProblem, ProblemHttpResult>> Compare(
        HttpRequest request, SegmentCatalog catalog, AtlasServerOptions options, CancellationToken cancellationToken)
    {
        var read = await ScoreEndpoints.ReadBatchAsync(request, catalog, options, cancellationToken).ConfigureAwait(false);
        if (read.Invalid is not null)
        {
            return read.Invalid;
        }

        if (read.Batch is not { } batch)
        {
            return read.Problem!;
        }

        try
        {
            var report = await catalog.Scorer.CompareAsync(batch, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(DriftResponse.From(catalog.Model.Version, report));
        }
        catch (InvalidOperationException e)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "The served model cannot be compared", e.Message);
        }
        catch (ArgumentException e)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [e.ParamName ?? ScoreRequestReader.PropertyName(batch.Kind)] = [e.Message] },
                title: "The rows could not be compared");
        }
    }
}
