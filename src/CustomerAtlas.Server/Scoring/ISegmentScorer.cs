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

    /// <summary>
    /// Reads <paramref name="batch"/> as <see cref="ScoreAsync"/> does and compares its customers with the customers the
    /// model was fitted on, as <c>atlas drift</c> compares a file. Throws <see cref="ArgumentException"/> for values that
    /// cannot be read (the API answers 400) and <see cref="InvalidOperationException"/> when the model has no drift
    /// reference (409).
    /// </summary>
    Task<Core.Drift.DriftReport> CompareAsync(ScoreBatch batch, CancellationToken cancellationToken);
}
