namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>The answer of <c>POST /score</c>.</summary>
/// <param name="ModelVersion">The model that scored the rows.</param>
/// <param name="Results">One assignment per customer, in order of first appearance.</param>
public sealed record ScoreResponse(string ModelVersion, IReadOnlyList<ScoredCustomerResponse> Results);
