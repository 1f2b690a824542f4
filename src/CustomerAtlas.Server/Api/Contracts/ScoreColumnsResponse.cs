namespace CustomerAtlas.Server.Api.Contracts;

/// <summary>The columns one kind of score input accepts.</summary>
/// <param name="IdColumn">Column holding the customer id.</param>
/// <param name="Known">Every accepted column.</param>
/// <param name="Required">Columns every row must carry.</param>
public sealed record ScoreColumnsResponse(string IdColumn, IReadOnlyList<string> Known, IReadOnlyList<string> Required);
