using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Core.Selection;

/// <summary>Turns a <see cref="StabilityResult"/> into a <see cref="StabilityReport"/> keyed by a candidate's own labels.</summary>
public static class StabilitySummary
{
    /// <summary>
    /// Summarises <paramref name="result"/>. Its per-cluster Jaccard figures refer to the reference
    /// refit on the stability rows; each reference cluster is matched to the candidate segment most
    /// of its rows carry in <paramref name="candidateLabels"/> (the same rows, in order), so the
    /// figures can be reported per segment even when the two numberings differ.
    /// </summary>
    public static StabilityReport From(StabilityResult result, int[] candidateLabels, int segmentCount, double unstableJaccard)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(candidateLabels);
        var votes = new Dictionary<(int Reference, int Segment), int>();
        for (int i = 0; i < candidateLabels.Length; i++)
        {
            int r = result.ReferenceLabels[i];
            int s = candidateLabels[i];
            if (r >= 0 && s >= 0)
            {
                votes[(r, s)] = votes.GetValueOrDefault((r, s)) + 1;
            }
        }

        var jaccard = new double[segmentCount];
        var matched = new bool[segmentCount];
        foreach (var group in votes.GroupBy(v => v.Key.Reference).OrderBy(g => g.Key))
        {
            int segment = group.OrderByDescending(v => v.Value).ThenBy(v => v.Key.Segment).First().Key.Segment;
            double value = group.Key < result.ClusterJaccard.Count ? result.ClusterJaccard[group.Key] : 0;
            value = double.IsNaN(value) ? 0 : value;

            // Two reference clusters on one segment means the segment splits: keep the weaker figure.
            jaccard[segment] = matched[segment] ? Math.Min(jaccard[segment], value) : value;
            matched[segment] = true;
        }

        var aris = result.ResampleAriToReference.Select(a => double.IsNaN(a) ? 0 : a).ToArray();
        var unstable = Enumerable.Range(0, segmentCount).Where(s => jaccard[s] < unstableJaccard).ToArray();
        return new StabilityReport(aris.Average(), result.MeanPairwiseAri, aris, jaccard, unstable);
    }
}
