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
/// <param name="SkippedCount">Candidates never started or stopped by the budget.</param>
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
    int SkippedCount);
