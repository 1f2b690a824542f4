using System.Globalization;

namespace CustomerAtlas.Core.Profiling;

/// <summary>
/// Suggests actions from a segment's drivers. With z = the standardized difference of the feature
/// of that role (the strongest one when several share it), the rules are, in order:
/// <list type="number">
/// <item>Win-back: recency z ≥ +0.5 (bought much longer ago than most).</item>
/// <item>VIP care: monetary z ≥ +0.8, recency z &lt; +0.5, and frequency z ≥ 0 when frequency is known.</item>
/// <item>New-customer onboarding: tenure z ≤ −0.5 (a young relationship).</item>
/// <item>Discount-sensitive: discount z ≥ +0.5.</item>
/// <item>Nurture: monetary or frequency z ≤ −0.5 and recency z &lt; +0.5 (active, but buys little).</item>
/// <item>Maintain: when none of the above matched.</item>
/// </list>
/// A segment may match several archetypes; each comes with the figures that triggered it.
/// </summary>
public static class ActionRules
{
    /// <summary>Threshold of the lapsed / young / discount rules, in population SDs.</summary>
    public const double Notable = 0.5;

    /// <summary>Threshold of the VIP rule on spend, in population SDs.</summary>
    public const double HighValue = 0.8;

    /// <summary>The actions for one segment, given all its standardized differences and the feature roles.</summary>
    public static IReadOnlyList<SuggestedAction> Suggest(
        IReadOnlyList<string> names,
        IReadOnlyList<FeatureRole> roles,
        IReadOnlyList<double> standardizedDifferences)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(standardizedDifferences);
        var recency = Strongest(FeatureRole.Recency);
        var frequency = Strongest(FeatureRole.Frequency);
        var monetary = Strongest(FeatureRole.Monetary);
        var tenure = Strongest(FeatureRole.Tenure);
        var discount = Strongest(FeatureRole.Discount);
        bool active = recency is null || recency.Value.Z < Notable;
        var actions = new List<SuggestedAction>();
        if (recency is { Z: >= Notable } lapsed)
        {
            actions.Add(new(SegmentArchetype.WinBack, "Win-back campaign: reactivation offer and a reminder of what they bought.",
                $"their last purchase is much longer ago than average ({Cite(lapsed)})."));
        }

        if (monetary is { Z: >= HighValue } rich && active && (frequency is null || frequency.Value.Z >= 0))
        {
            actions.Add(new(SegmentArchetype.VipCare, "VIP care: loyalty perks, early access and a personal contact; avoid discounting.",
                $"they spend far more than average and are still active ({Cite(rich)}{(frequency is { } f ? $", {Cite(f)}" : string.Empty)})."));
        }

        if (tenure is { Z: <= -Notable } young)
        {
            actions.Add(new(SegmentArchetype.NewCustomerOnboarding, "New-customer onboarding: welcome journey, product education and a second-purchase incentive.",
                $"their relationship is much younger than average ({Cite(young)})."));
        }

        if (discount is { Z: >= Notable } deals)
        {
            actions.Add(new(SegmentArchetype.DiscountSensitive, "Discount-sensitive: targeted, time-limited offers instead of blanket discounts.",
                $"they use discounts far more than average ({Cite(deals)})."));
        }

        var low = new[] { monetary, frequency }.Where(x => x is { Z: <= -Notable }).Select(x => x!.Value).ToArray();
        if (low.Length > 0 && active)
        {
            actions.Add(new(SegmentArchetype.Nurture, "Nurture: cross-sell and bundles to grow basket size and purchase frequency.",
                $"they are active but buy little ({string.Join(", ", low.Select(Cite))})."));
        }

        if (actions.Count == 0)
        {
            actions.Add(new(SegmentArchetype.Maintain, "Maintain: keep the regular programme and watch for movement.",
                "no recency, frequency, spend, tenure or discount feature departs strongly from the population."));
        }

        return actions;

        (string Name, double Z)? Strongest(FeatureRole role)
        {
            (string, double)? best = null;
            for (int f = 0; f < names.Count; f++)
            {
                if (roles[f] == role && (best is null || Math.Abs(standardizedDifferences[f]) > Math.Abs(best.Value.Item2)))
                {
                    best = (names[f], standardizedDifferences[f]);
                }
            }

            return best;
        }
    }

    private static string Cite((string Name, double Z) x) =>
        string.Create(CultureInfo.InvariantCulture, $"{x.Name} {x.Z:+0.00;-0.00} SD");
}
