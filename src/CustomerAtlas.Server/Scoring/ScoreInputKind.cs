namespace CustomerAtlas.Server.Scoring;

/// <summary>What the rows of a score request describe.</summary>
public enum ScoreInputKind
{
    /// <summary>One row per customer, with the customer-level columns the model was fitted on.</summary>
    Customers,

    /// <summary>Raw transaction rows; customer features are computed from them the way the fit computed them.</summary>
    Transactions,
}
