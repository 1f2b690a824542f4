namespace CustomerAtlas.Core.Selection;

/// <summary>
/// Builds the consensus candidate from the screened ones: the best feasible candidates on the best
/// candidate's preparation (so every member sees the same space the consensus model predicts in)
/// vote, with the best candidate's number of segments.
/// </summary>
internal static class ConsensusCandidate
{
    /// <summary>The consensus candidate with id <paramref name="id"/>, or null when fewer than 2 candidates can vote.</summary>
    public static Candidate? From(IEnumerable<Trial> trials, int members, int linkageRows, int id)
    {
        var feasible = trials.Where(t => t.Feasible && t.Score is not null)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Candidate.Id)
            .ToArray();
        if (members < 2 || feasible.Length < 2)
        {
            return null;
        }

        var best = feasible[0];
        var voters = feasible
            .Where(t => t.Candidate.Preprocessing == best.Candidate.Preprocessing)
            .Take(members)
            .Select(t => t.Candidate)
            .ToArray();
        if (voters.Length < 2)
        {
            return null;
        }

        var spec = new AlgorithmSpec
        {
            Name = ConsensusClusterer.Name,
            Variants = [$"of {voters.Length}"],
            Create = s => new ConsensusClusterer(voters, s.K!.Value, s.Seed, linkageRows),
        };
        // Every voter is refitted; the linkage on the sample is small beside that.
        double cost = voters.Sum(v => v.EstimatedSeconds);
        return new Candidate(id, best.Candidate.Preprocessing, spec, best.ClusterCount, spec.Variants[0], cost);
    }
}
