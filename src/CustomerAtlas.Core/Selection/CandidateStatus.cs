namespace CustomerAtlas.Core.Selection;

/// <summary>What happened to a candidate during the search.</summary>
public enum CandidateStatus
{
    /// <summary>Fitted, feasible, and scored with stability: eligible to win.</summary>
    Scored,

    /// <summary>Fitted and feasible, but not among the best screened candidates (or the budget ended first), so no stability.</summary>
    Screened,

    /// <summary>
    /// Fitted and feasible, but its family's own criterion preferred another of its fits (BIC for
    /// mixtures, DBCV among density settings); <see cref="LeaderboardEntry.Reason"/> names the choice.
    /// </summary>
    Outranked,

    /// <summary>Fitted but broke a constraint (segment share, k range, noise share); <see cref="LeaderboardEntry.Reason"/> says which.</summary>
    Infeasible,

    /// <summary>The algorithm threw; the message is in <see cref="LeaderboardEntry.Reason"/>.</summary>
    Failed,

    /// <summary>Stopped by the budget while fitting.</summary>
    TimedOut,

    /// <summary>Never started because the budget ran out.</summary>
    Skipped,
}
