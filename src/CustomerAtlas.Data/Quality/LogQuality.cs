using System.Globalization;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Features;

namespace CustomerAtlas.Data.Quality;

/// <summary>Counts the quality issues of a transaction log, in the engine, one query over the raw rows.</summary>
public static class LogQuality
{
    /// <summary>The issues (rows affected per reason) and the number of usable lines before duplicates collapse.</summary>
    public static async Task<(IReadOnlyList<QualityIssue> Issues, long KeptBeforeDedup)> CountAsync(
        ISqlEngine engine, string rawTable, LogColumns c, bool dropNonProducts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(c);
        var d = engine.Dialect;
        string S(string condition) => $"sum(CASE WHEN {condition} THEN 1 ELSE 0 END)";
        var checks = new List<(string Reason, string Condition, string Description, RemediationAction Action)>
        {
            ("missing-customer-id", $"{c.Id} IS NULL", "rows without a customer id", RemediationAction.Drop),
            ("unparseable-time", $"{c.Epoch} IS NULL", "rows whose timestamp is missing or unparseable", RemediationAction.Drop),
            ("missing-value", $"{c.Value} IS NULL", "rows without a value (amount, or quantity × price)", RemediationAction.Drop),
            ("cancellation", c.Cancellation, "cancellations (invoice starting with 'C')", RemediationAction.KeepAsReturn),
        };
        if (c.Quantity is not null)
        {
            checks.Add(("negative-quantity", $"{c.Quantity} < 0 AND NOT {c.Cancellation}", "negative quantities that are not cancellations", RemediationAction.KeepAsReturn));
        }

        if (c.Price is not null)
        {
            checks.Add(("non-positive-price", $"{c.Price} <= 0", "zero or negative unit prices (left out of spend and orders; the customer still counts)", RemediationAction.Drop));
        }

        if (dropNonProducts && c.Product is not null)
        {
            checks.Add(("non-product-code", $"{c.Product} IS NOT NULL AND NOT {d.ContainsDigit(c.Product)}", "product codes without a digit: postage, fees, adjustments (left out of spend and orders)", RemediationAction.Drop));
        }

        string sql = $"SELECT {S(LogFeatureSql.KeepCondition(c) + " AND " + LogFeatureSql.UsableCondition(d, c, dropNonProducts))}, "
            + string.Join(", ", checks.Select(k => S(k.Condition)))
            + $" FROM {d.QuoteIdentifier(rawTable)}";
        object?[] row = [];
        await foreach (var r in engine.QueryAsync(sql, ct).ConfigureAwait(false))
        {
            row = r;
        }

        var issues = new List<QualityIssue>();
        for (int i = 0; i < checks.Count; i++)
        {
            long n = SqlValues.ToLong(row[i + 1]);
            if (n > 0)
            {
                issues.Add(new QualityIssue(checks[i].Reason, checks[i].Description, n, checks[i].Action));
            }
        }

        return (issues, SqlValues.ToLong(row[0]));
    }
}
