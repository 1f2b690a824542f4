using CustomerAtlas.Core.Clustering;

namespace CustomerAtlas.Core.Selection;

/// <summary>The outcome of an automatic search.</summary>
/// <param name="Chosen">The winning candidate.</param>
/// <param name="Model">The winner's fitted model (on its preparation's space).</param>
/// <param name="Labels">The winner's label for every row (−1 = noise).</param>
/// <param name="Leaderboard">Every candidate, ranked (rank 1 = chosen).</param>
/// <param name="Stability">Bootstrap stability of the winner, when the budget allowed it.</param>
/// <param name="ConstraintsMet">False when no candidate met the constraints and the best infeasible one was returned.</param>
/// <param name="Finalists">The best feasible candidates with their labels on <see cref="EvaluationRows"/>, best first (for consensus).</param>
/// <param name="EvaluationRows">Row indices of the evaluation sample the indices were computed on.</param>
/// <param name="Elapsed">Wall-clock time of the search.</param>
/// <param name="SkippedCount">Candidates never started (the budget) or stopped (the time limit).</param>
public sealed record SelectionResult(
    Candidate Chosen,
    IClusterModel Model,
    int[] Labels,
    IReadOnlyList<LeaderboardEntry> Leaderboard,
    StabilityReport? Stability,
    bool ConstraintsMet,
    IReadOnlyList<(Candidate Candidate, int[] Labels)> Finalists,
    int[] EvaluationRows,
    TimeSpan Elapsed,
    int SkippedCount)
{
    /// <summary>The work the search planned and did, in reference seconds (<see cref="SearchCost"/>).</summary>
    public double PlannedSeconds { get; init; }

    /// <summary>
    /// True when the wall-clock <see cref="SelectionOptions.TimeLimit"/> stopped or skipped work: the choice
    /// then depends on this machine's speed and load, and may differ from a run with a longer limit.
    /// </summary>
    public bool TimeLimitReached { get; init; }
}
