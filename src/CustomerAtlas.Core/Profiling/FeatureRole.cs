namespace CustomerAtlas.Core.Profiling;

/// <summary>What a feature means for marketing actions, recognised from its name (or set explicitly).</summary>
public enum FeatureRole
{
    /// <summary>No known business meaning.</summary>
    Other,

    /// <summary>Time since the last purchase (higher = lapsed).</summary>
    Recency,

    /// <summary>How often the customer buys (orders, visits, purchases).</summary>
    Frequency,

    /// <summary>How much the customer spends (revenue, amount, charges).</summary>
    Monetary,

    /// <summary>How long the customer has been a customer (higher = older relationship).</summary>
    Tenure,

    /// <summary>Use of discounts, deals, coupons or promotions.</summary>
    Discount,
}
