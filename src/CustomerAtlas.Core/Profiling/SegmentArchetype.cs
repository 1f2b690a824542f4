namespace CustomerAtlas.Core.Profiling;

/// <summary>Marketing archetypes a segment can match, each with a standard action.</summary>
public enum SegmentArchetype
{
    /// <summary>Lapsed customers: win them back.</summary>
    WinBack,

    /// <summary>High-value, active customers: look after them.</summary>
    VipCare,

    /// <summary>Recently acquired customers: onboard them.</summary>
    NewCustomerOnboarding,

    /// <summary>Customers who respond to discounts: target offers, protect margin.</summary>
    DiscountSensitive,

    /// <summary>Active but low-value customers: grow them.</summary>
    Nurture,

    /// <summary>No strong departure from the population: keep the regular programme.</summary>
    Maintain,
}

/// <summary>A suggested action for a segment and the evidence that triggered it.</summary>
/// <param name="Archetype">The archetype matched.</param>
/// <param name="Action">What to do.</param>
/// <param name="Reason">Why, citing the drivers and their standardized differences.</param>
public sealed record SuggestedAction(SegmentArchetype Archetype, string Action, string Reason);
