namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>The answer of <c>GET /health</c>.</summary>
/// <param name="Status">"ok" when the model is loaded and serving.</param>
/// <param name="ModelVersion">The served model version.</param>
/// <param name="Customers">Customers the model was fitted on.</param>
/// <param name="Segments">Number of segments.</param>
public sealed record HealthResponse(string Status, string ModelVersion, int Customers, int Segments);
