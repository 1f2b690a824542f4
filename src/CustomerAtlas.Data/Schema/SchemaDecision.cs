namespace CustomerAtlas.Data.Schema;

/// <summary>One decision of schema inference, printed for the user.</summary>
/// <param name="Role">The role given (id, time, amount, numeric, categorical, outcome, excluded, shape ...).</param>
/// <param name="Column">The column (or, for "shape", the shape chosen).</param>
/// <param name="Reason">Why.</param>
public sealed record SchemaDecision(string Role, string Column, string Reason);
