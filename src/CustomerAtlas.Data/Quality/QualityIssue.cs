namespace CustomerAtlas.Data.Quality;

/// <summary>One finding of the quality checks: what, how many rows, and what was done about it.</summary>
/// <param name="Reason">Stable code, e.g. "missing-customer-id", "cancellation".</param>
/// <param name="Description">A sentence for the report.</param>
/// <param name="Rows">Rows (or, for column checks, values; for customer checks, customers) affected.</param>
/// <param name="Action">The remediation applied.</param>
/// <param name="Column">The column concerned, when the check is about one column.</param>
public sealed record QualityIssue(string Reason, string Description, long Rows, RemediationAction Action, string? Column = null);
