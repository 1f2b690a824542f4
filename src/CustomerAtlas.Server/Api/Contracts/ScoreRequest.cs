using System.Text.Json;

namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>
/// The body of <c>POST /score</c>: exactly one of <see cref="Customers"/> (customer-level feature
/// rows) or <see cref="Transactions"/> (raw transaction rows). Each row is a flat JSON object of
/// column name to number, string or null; <c>GET /models</c> lists the accepted columns.
/// </summary>
/// <param name="Customers">Customer feature rows.</param>
/// <param name="Transactions">Raw transaction rows.</param>
public sealed record ScoreRequest(
    IReadOnlyList<Dictionary<string, JsonElement>>? Customers,
    IReadOnlyList<Dictionary<string, JsonElement>>? Transactions);
