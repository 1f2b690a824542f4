namespace CustomerAtlas.Server.Scoring;

/// <summary>
/// A table of rows to score, shaped like the CSV that <c>atlas score</c> reads: column names
/// and, per row, one text value per column (null = missing), numbers in invariant culture.
/// </summary>
/// <param name="Kind">What the rows describe.</param>
/// <param name="Columns">Column names, in the order of each row's values.</param>
/// <param name="Rows">The values; every row has <c>Columns.Count</c> entries.</param>
public sealed record ScoreBatch(ScoreInputKind Kind, IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows);
