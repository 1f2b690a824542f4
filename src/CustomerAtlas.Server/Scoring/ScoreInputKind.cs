namespace CustomerAtlas.Server.Scoring;

/// <summary>What the rows of a score request describe.</summary>
public enum ScoreInputKind
{
    /// <summary>One row per customer with the customer-level features the model uses (before its scaling).</summary>
    Features,

    /// <summary>
    /// Rows shaped like the fit's input (raw transactions for a transaction log, customer rows for a
    /// customer table); features are computed from them exactly as the fit computed them.
    /// </summary>
    Raw,
}
