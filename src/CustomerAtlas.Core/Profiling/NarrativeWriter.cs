using System.Globalization;
using System.Text;

namespace CustomerAtlas.Core.Profiling;

/// <summary>
/// Writes one paragraph per segment from its evidence, deterministically (same evidence, same
/// words): size, the strongest drivers, the best rule with its coverage and precision, outcomes
/// with lift and significance, stability, confidence, and the suggested actions with reasons.
/// </summary>
public static class NarrativeWriter
{
    /// <summary>p-value below which an outcome difference is called significant.</summary>
    public const double Significance = 0.05;

    /// <summary>The paragraph for <paramref name="evidence"/>.</summary>
    public static string Write(SegmentEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"\"{evidence.Name}\" holds {evidence.Size:N0} customers ({evidence.Share:P1}). ");
        if (evidence.Drivers.Count == 0)
        {
            text.Append("No feature departs much from the population average. ");
        }
        else
        {
            var parts = evidence.Drivers.Take(3).Select(d =>
                string.Create(c, $"{Strength(d.StandardizedDifference)} {d.Direction} {SegmentNamer.Humanize(d.Feature)} ({d.StandardizedDifference:+0.0;-0.0} SD)"));
            text.Append(c, $"Compared with all customers they have {JoinAnd(parts.ToArray())}. ");
        }

        if (evidence.Rule is { Conditions.Count: > 0 } rule)
        {
            text.Append(c, $"The rule \"{rule.Text}\" covers {rule.Coverage:P0} of them with {rule.Precision:P0} precision. ");
        }

        foreach (var o in evidence.Outcomes)
        {
            string value = o.IsRate ? o.Value.ToString("P1", c) : o.Value.ToString("N2", c);
            string population = o.IsRate ? o.Population.ToString("P1", c) : o.Population.ToString("N2", c);
            string noun = o.IsRate ? "rate" : "average";
            string significance = o.PValue < Significance ? "a significant difference across segments" : "not a significant difference across segments";
            text.Append(c, $"Their {o.Outcome} {noun} is {value} against {population} overall (lift {o.Lift:0.00}; {significance}, p = {FormatP(o.PValue)}). ");
        }

        if (evidence.StabilityJaccard is double jaccard)
        {
            string verdict = jaccard >= 0.75 ? "stable" : jaccard >= 0.6 ? "fairly stable" : "unstable";
            text.Append(c, $"The segment is {verdict} under resampling (Jaccard {jaccard:0.00}). ");
        }

        text.Append(c, $"Mean assignment confidence is {evidence.MeanConfidence:0.00}. ");
        var actions = evidence.Actions.Select(a => $"{FirstClause(a.Action)}, because {a.Reason.TrimEnd('.')}").ToArray();
        if (actions.Length > 0)
        {
            text.Append(c, $"Suggested: {string.Join("; ", actions)}.");
        }

        return text.ToString().TrimEnd();
    }

    private static string Strength(double d) => Math.Abs(d) switch
    {
        >= 1.5 => "far",
        >= 0.8 => "much",
        _ => "somewhat",
    };

    private static string FirstClause(string action) => action.Split(':')[0];

    private static string FormatP(double p) =>
        p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string JoinAnd(string[] parts) => parts.Length switch
    {
        1 => parts[0],
        2 => $"{parts[0]} and {parts[1]}",
        _ => $"{string.Join(", ", parts[..^1])} and {parts[^1]}",
    };
}
