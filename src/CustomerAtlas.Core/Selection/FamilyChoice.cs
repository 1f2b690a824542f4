using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// Applies each family's own k-choice (<see cref="AlgorithmSpec.KChoice"/>) after screening: within
/// one algorithm on one preparation, only the family's pick stays feasible; the others are marked
/// <see cref="CandidateStatus.Outranked"/>. BIC and DBCV are comparable within a family, not across
/// families, so they choose here and the cross-family score compares the picks.
/// </summary>
internal static class FamilyChoice
{
    public static void Apply(IReadOnlyList<Trial> trials, ValidityHooks hooks, int[] evaluationRows, Matrix<double> evaluationSpace)
    {
        var groups = trials
            .Where(t => t.Feasible && t.Candidate.Algorithm.KChoice != FamilyKChoice.CrossFamilyScore)
            .GroupBy(t => (t.Candidate.Algorithm.Name, t.Candidate.Preprocessing));
        foreach (var group in groups)
        {
            var members = group.ToArray();
            var kind = members[0].Candidate.Algorithm.KChoice;
            Func<Trial, double>? criterion = kind switch
            {
                FamilyKChoice.Bic => t => -(t.Indices?.Bic ?? double.PositiveInfinity),
                FamilyKChoice.DensityValidity when hooks.DensityValidity is { } dbcv =>
                    t => dbcv(evaluationSpace, [.. evaluationRows.Select(r => t.Labels![r])]),
                _ => null,
            };
            if (criterion is null || members.Length < 2)
            {
                continue;
            }

            var values = members.Select(criterion).ToArray();
            int best = 0;
            for (int i = 1; i < members.Length; i++)
            {
                if (values[i] > values[best] || (values[i] == values[best] && members[i].Candidate.Id < members[best].Candidate.Id))
                {
                    best = i;
                }
            }

            string name = kind == FamilyKChoice.Bic ? "BIC" : "DBCV";
            for (int i = 0; i < members.Length; i++)
            {
                if (i != best)
                {
                    members[i].Status = CandidateStatus.Outranked;
                    members[i].Reason = $"{name} of its family prefers {members[best].Candidate.Description}";
                }
            }
        }
    }
}
