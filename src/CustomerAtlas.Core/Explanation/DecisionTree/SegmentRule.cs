namespace CustomerAtlas.Core.Explanation.DecisionTree;

/// <summary>
/// One readable rule for one segment: the path to a tree leaf whose majority is that segment.
/// </summary>
/// <param name="Segment">The segment the rule describes.</param>
/// <param name="Conditions">Conditions joined by AND, one per feature (bounds merged along the path).</param>
/// <param name="Matched">Rows the rule matches.</param>
/// <param name="MatchedInSegment">Matched rows that belong to the segment.</param>
/// <param name="Coverage">MatchedInSegment / segment size: how much of the segment the rule describes.</param>
/// <param name="Precision">MatchedInSegment / Matched: how sure membership is when the rule holds.</param>
public sealed record SegmentRule(
    int Segment,
    IReadOnlyList<RuleCondition> Conditions,
    long Matched,
    long MatchedInSegment,
    double Coverage,
    double Precision)
{
    /// <summary>The rule as text, e.g. "recency_days &lt;= 30 AND orders &gt; 4.5" ("everyone" when unconditional).</summary>
    public string Text => Conditions.Count == 0 ? "everyone" : string.Join(" AND ", Conditions);
}
