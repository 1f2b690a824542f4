using System.Text.Json;
using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Hosting;
using CustomerAtlas.Server.Scoring;
using CustomerAtlas.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CustomerAtlas.Server.Api;

/// <summary><c>POST /score</c>: assigns new customers to the served model's segments.</summary>
internal static class ScoreEndpoints
{
    // Unknown top-level properties are refused, so a misspelt "customer" is a 400, not a silent no-op.
    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static void MapScore(this IEndpointRouteBuilder app) =>
        app.MapGroup("/score").WithTags("Scoring").RequireAuthorization(Scopes.Score)
            .MapPost("/", Score).WithName("Score")
            .WithSummary("Scores a batch of customer feature rows or raw transactions, exactly as `atlas score` does.")
            .Accepts<ScoreRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Results<Ok<ScoreResponse>, ValidationProblem, ProblemHttpResult>> Score(
        HttpRequest request, SegmentCatalog catalog, AtlasServerOptions options, CancellationToken cancellationToken)
    {
        var read = await ReadBatchAsync(request, catalog, options, cancellationToken).ConfigureAwait(false);
        if (read.Invalid is not null)
        {
            return read.Invalid;
        }

        if (read.Batch is not { } batch)
        {
            return read.Problem!;
        }

        IReadOnlyList<Scoring.ScoredCustomer> scored;
        try
        {
            scored = await catalog.Scorer.ScoreAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [e.ParamName ?? ScoreRequestReader.PropertyName(batch.Kind)] = [e.Message] },
                title: "The rows could not be scored");
        }

        var results = scored
            .Select(s => new ScoredCustomerResponse(s.CustomerId, s.SegmentId, SegmentNames.Of(catalog, s.SegmentId), s.Distance, s.Confidence))
            .ToArray();
        return TypedResults.Ok(new ScoreResponse(catalog.Model.Version, results));
    }

    /// <summary>
    /// Reads a <see cref="ScoreRequest"/> body (for <c>POST /score</c> and <c>POST /drift</c>) into a batch, or the answer
    /// that refuses it: 415 when it is not JSON, 400 when it is malformed or its rows do not fit the model, 413 when too large.
    /// </summary>
    internal static async Task<BatchRead> ReadBatchAsync(HttpRequest request, SegmentCatalog catalog, AtlasServerOptions options, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return new(null, null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the batch as application/json."));
        }

        ScoreRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ScoreRequest>(request.Body, RequestJson, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return new(null, null, Problems.BadRequest("Malformed JSON", e.Message));
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's body size limit surfaces here as 413.
            return new(null, null, Problems.Status(e.StatusCode, "Request rejected", e.Message));
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var batch = ScoreRequestReader.TryRead(body, catalog.Scorer, options.MaxScoreRows, errors);
        return batch is null
            ? new(null, TypedResults.ValidationProblem(errors, title: "The score request is not valid"), null)
            : new(batch, null, null);
    }

    /// <summary>A request body read as a batch, or why not (a validation problem or another problem).</summary>
    internal sealed record BatchRead(ScoreBatch? Batch, ValidationProblem? Invalid, ProblemHttpResult? Problem);
}
