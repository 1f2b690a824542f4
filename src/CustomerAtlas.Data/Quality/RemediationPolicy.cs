namespace CustomerAtlas.Data.Quality;

/// <summary>The default remediation policy, in words, keyed by issue reason (written into quality.json).</summary>
public static class RemediationPolicy
{
    /// <summary>Reason → what is done.</summary>
    public static IReadOnlyDictionary<string, string> Default { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["missing-customer-id"] = "drop: a row that names no customer cannot feed any customer's features",
        ["unparseable-time"] = "drop: a transaction without a usable timestamp cannot feed recency or trends",
        ["missing-value"] = "drop (logs: a line without a value); impute with the median and add a missingness flag (tables)",
        ["duplicate-row"] = "drop: exact duplicate lines (same customer, time, order, product, value) are counted once",
        ["cancellation"] = "keep as return: 'C' invoices feed the return rate, not spend or frequency",
        ["negative-quantity"] = "keep as return: negative lines feed the return rate, not spend or frequency",
        ["non-positive-price"] = "drop: zero or negative prices are adjustments or free items, not purchases",
        ["non-product-code"] = "drop: codes without a digit (POST, DOT, M, BANK CHARGES, AMAZONFEE ...) are fees and postage",
        ["unparseable-value"] = "impute: text that does not parse as a number is treated as missing",
        ["duplicate-customer-id"] = "drop: only the first row of a customer id repeated in a customer table is used",
        ["constant-column"] = "exclude column: a column with one value carries no information",
        ["outlier-customers"] = "flag: customers 5+ robust standard deviations from the median are kept; log1p, robust scaling and clipping at ±5 limit their pull",
    };
}
