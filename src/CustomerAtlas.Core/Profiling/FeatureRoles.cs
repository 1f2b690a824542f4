namespace CustomerAtlas.Core.Profiling;

/// <summary>
/// Recognises feature roles from column names by keywords, checked in this order (first match wins):
/// Discount (discount, deal, promo, coupon, voucher); Recency (recency, days_since, since_last,
/// last_purchase, last_order); Tenure (tenure, customer_for, since_first, first_purchase, age_days,
/// lifetime_days); Frequency (frequency, orders, purchases, transactions, visits, invoices, num_);
/// Monetary (monetary, spend, revenue, amount, sales, charges, mnt, value).
/// </summary>
public static class FeatureRoles
{
    private static readonly (FeatureRole Role, string[] Keywords)[] Keywords =
    [
        (FeatureRole.Discount, ["discount", "deal", "promo", "coupon", "voucher"]),
        (FeatureRole.Recency, ["recency", "days_since", "since_last", "last_purchase", "last_order"]),
        (FeatureRole.Tenure, ["tenure", "customer_for", "since_first", "first_purchase", "age_days", "lifetime_days"]),
        (FeatureRole.Frequency, ["frequency", "orders", "purchases", "transactions", "visits", "invoices", "num_"]),
        (FeatureRole.Monetary, ["monetary", "spend", "revenue", "amount", "sales", "charges", "mnt", "value"]),
    ];

    /// <summary>The role of a feature named <paramref name="name"/>.</summary>
    public static FeatureRole Recognize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string lower = name.ToLowerInvariant();
        foreach (var (role, words) in Keywords)
        {
            if (words.Any(w => lower.Contains(w, StringComparison.Ordinal)))
            {
                return role;
            }
        }

        return FeatureRole.Other;
    }

    /// <summary>Roles of all <paramref name="names"/>, with explicit <paramref name="overrides"/> taking precedence.</summary>
    public static FeatureRole[] Recognize(IReadOnlyList<string> names, IReadOnlyDictionary<string, FeatureRole>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Select(n => overrides is not null && overrides.TryGetValue(n, out var r) ? r : Recognize(n)).ToArray();
    }
}
