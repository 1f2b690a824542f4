using System.Text.Json;

namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>
/// The body of <c>POST /score</c>: exactly one of <see cref="Features"/> (customer-level feature
/// rows) or <see cref="Raw"/> (rows shaped like the fit's input, e.g. raw transactions). Each row
/// is a flat JSON object of column name to number, string, boolean or null (missing);
/// <c>GET /models</c> lists each kind's columns.
/// </summary>
/// <param name="Features">Customer feature rows.</param>
/// <param name="Raw">Raw input rows (transactions, or customer table rows).</param>
public sealed record ScoreRequest(
    IReadOnlyList<Dictionary<string, JsonElement>>? Features,
    IReadOnlyList<Dictionary<string, JsonElement>>? Raw);
