namespace CustomerAtlas.Server.Scoring;

/// <summary>
/// Assigns new customers to the served model's segments. The API validates a request's columns
/// against <see cref="ColumnsFor"/> before it calls <see cref="ScoreAsync"/>, so an
/// implementation sees only known columns with every required one present.
/// </summary>
public interface ISegmentScorer
{
    /// <summary>The input kinds this model can score .</summary>
    IReadOnlyList<ScoreInputKind> SupportedKinds { get; }

    /// <summary>The columns a batch of <paramref name="kind"/> rows may carry, and which of them are required.</summary>
    ScoreColumns ColumnsFor(ScoreInputKind kind);

    /// <summary>
    /// Scores <paramref name="batch"/> exactly as <c>atlas score</c> scores the same rows in a file:
    /// one result per customer, in order of first appearance. Throws
    /// <see cref="ArgumentException"/> for values that cannot be read (the API answers 400).
    /// </summary>
    Task<IReadOnlyList<ScoredCustomer>> ScoreAsync(ScoreBatch batch, CancellationToken cancellationToken);
}
