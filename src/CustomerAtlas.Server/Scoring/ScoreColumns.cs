namespace CustomerAtlas.Server.Scoring;

/// <summary>The columns one kind of score input may carry.</summary>
/// <param name="IdColumn">The column holding the customer id (always required).</param>
/// <param name="Known">Every accepted column, the id column included; anything else is refused.</param>
/// <param name="Required">Columns each row must carry, the id column included.</param>
public sealed record ScoreColumns(string IdColumn, IReadOnlyList<string> Known, IReadOnlyList<string> Required);
