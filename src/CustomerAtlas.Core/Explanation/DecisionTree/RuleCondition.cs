using System.Globalization;

namespace CustomerAtlas.Core.Explanation.DecisionTree;

/// <summary>
/// The bounds one rule puts on one feature: <c>Lower &lt; value &lt;= Upper</c>
/// (either side may be open, i.e. infinite).
/// </summary>
/// <param name="Feature">Feature index.</param>
/// <param name="Name">Feature name.</param>
/// <param name="Lower">Exclusive lower bound, or −∞.</param>
/// <param name="Upper">Inclusive upper bound, or +∞.</param>
public sealed record RuleCondition(int Feature, string Name, double Lower, double Upper)
{
    /// <summary>True when <paramref name="value"/> satisfies the condition.</summary>
    public bool Holds(double value) => value > Lower && value <= Upper;

    /// <summary>Readable form, e.g. "orders &gt; 4.5", "recency_days &lt;= 30", "5 &lt; age &lt;= 40".</summary>
    public override string ToString()
    {
        bool hasLower = !double.IsNegativeInfinity(Lower);
        bool hasUpper = !double.IsPositiveInfinity(Upper);
        return (hasLower, hasUpper) switch
        {
            (true, true) => $"{Format(Lower)} < {Name} <= {Format(Upper)}",
            (true, false) => $"{Name} > {Format(Lower)}",
            (false, true) => $"{Name} <= {Format(Upper)}",
            _ => $"any {Name}",
        };
    }

    /// <summary>Formats a threshold with at most four significant decimals, invariant culture.</summary>
    internal static string Format(double value) =>
        Math.Abs(value) >= 1000
            ? Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("0.####", CultureInfo.InvariantCulture);
}
