using System.Globalization;
using System.Text;
using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Features;

/// <summary>
/// The SQL of transaction-log features. <see cref="CleanTable"/> holds the remediated lines
/// (one row per kept line: id, e = epoch seconds, order_key, value, items, is_return, usable,
/// product, category, channel); <see cref="OrdersTable"/> one row per purchase order. The customer query
/// aggregates both into one row per customer.
/// </summary>
public static class LogFeatureSql
{
    /// <summary>Name of the remediated line table.</summary>
    public const string CleanTable = "atlas_clean";

    /// <summary>Name of the table of kept lines before duplicates are removed (placed by customer on a cluster).</summary>
    public const string LinesTable = "atlas_lines";

    /// <summary>Name of the per-order table.</summary>
    public const string OrdersTable = "atlas_orders";

    private const double Day = 86400.0;

    /// <summary>The fixed aggregate features of a log, their SQL (as-of time written as :as_of) and meaning.</summary>
    public static IReadOnlyList<FeatureDefinition> AggregateFeatures(ISqlDialect d, bool hasProducts)
    {
        var expr = AggregateExpressions(d, ":as_of");
        var list = new List<FeatureDefinition>
        {
            Agg("recency_days", "Days since the last purchase (as of the latest date in the data).", true),
            Agg("frequency", "Number of purchase orders.", true),
            Agg("monetary_total", "Total spend on purchases (returns excluded).", true),
            Agg("avg_order_value", "Mean spend per order.", true),
            Agg("tenure_days", "Days since the first transaction.", true),
            Agg("mean_days_between_orders", "Mean days between consecutive orders (one-order customers: their tenure).", true),
            Agg("std_days_between_orders", "Standard deviation of days between orders (0 below two gaps).", true),
            Agg("spend_trend_90d", "Spend in the last 90 days versus the 90 before, in -1..1 (0 when both are zero).", false),
            Agg("basket_size", "Mean items (quantity) per order.", true),
            Agg("return_rate", "Returned value as a share of purchased value (cancellations and negative lines), at most 1.", false),
        };
        if (hasProducts)
        {
            list.Add(Agg("distinct_products", "Distinct products bought.", true));
        }

        return list;

        FeatureDefinition Agg(string name, string description, bool amountOrCount) => new()
        {
            Name = name, Kind = FeatureKind.Aggregate, Sql = expr[name], Description = description, IsAmountOrCount = amountOrCount,
        };
    }

    /// <summary>The condition a raw line must meet to be kept at all (id, time and value present).</summary>
    public static string KeepCondition(LogColumns c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return $"{c.Id} IS NOT NULL AND {c.Epoch} IS NOT NULL AND {c.Value} IS NOT NULL";
    }

    /// <summary>
    /// The condition a kept line must meet to count as a purchase or return of a product (price above
    /// 0; a product code with a digit). Other kept lines only tell when the customer was active.
    /// </summary>
    public static string UsableCondition(ISqlDialect d, LogColumns c, bool dropNonProducts)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(c);
        var where = new StringBuilder("(1 = 1");
        if (c.Price is not null)
        {
            where.Append($" AND {c.Price} > 0");
        }

        if (dropNonProducts && c.Product is not null)
        {
            where.Append($" AND ({c.Product} IS NULL OR {d.ContainsDigit(c.Product)})");
        }

        return where.Append(')').ToString();
    }

    /// <summary>
    /// The query of <see cref="LinesTable"/> over the raw relation: every kept line in the clean shape, with
    /// the remediation policy's flags. Row-local, so it runs wherever the raw lines are.
    /// </summary>
    public static string LinesQuery(ISqlDialect d, string rawRelation, LogColumns c, bool dropNonProducts)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(c);
        string Opt(string? e) => e ?? "NULL";
        return $"""
            SELECT {c.Id} AS id, {c.Epoch} AS e, {c.OrderKey} AS order_key, {c.Value} AS value, {c.Items} AS items,
                   {c.Return} AS is_return, {UsableCondition(d, c, dropNonProducts)} AS usable,
                   {d.CastText(Opt(c.Product))} AS product, {d.CastText(Opt(c.Category))} AS category,
                   {d.CastText(Opt(c.Channel))} AS channel
            FROM {rawRelation}
            WHERE {KeepCondition(c)}
            """;
    }

    /// <summary>
    /// The query of <see cref="CleanTable"/> over the lines relation: exact duplicate lines collapse to one. Per
    /// customer (the id is part of each line), so it runs shard by shard once lines are placed by customer.
    /// </summary>
    public static string CleanQuery(string linesRelation) => $"SELECT DISTINCT * FROM {linesRelation}";

    /// <summary>The query of <see cref="OrdersTable"/> over the clean relation (usable purchases only, one row per customer and order).</summary>
    public static string OrdersQuery(string cleanRelation) => $"""
        SELECT id, order_key, min(e) AS e, sum(value) AS value, sum(items) AS items
        FROM {cleanRelation} WHERE usable AND NOT is_return GROUP BY id, order_key
        """;

    /// <summary>
    /// One row per customer: <c>id</c>, then every feature of <paramref name="plan"/> under its name.
    /// <paramref name="referenceEpoch"/> is the as-of time in Unix seconds; <paramref name="relation"/> maps
    /// <see cref="CleanTable"/> and <see cref="OrdersTable"/> to what to read (default: the quoted names).
    /// </summary>
    public static string CustomerQuery(ISqlDialect d, FeaturePlan plan, double referenceEpoch, Func<string, string>? relation = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(plan);
        relation ??= d.QuoteIdentifier;
        string r = d.Number(referenceEpoch);
        string clean = relation(CleanTable);
        string orders = relation(OrdersTable);
        string N(double x) => d.Number(x);
        var expr = AggregateExpressions(d, r);
        var shares = new StringBuilder();
        int shareIndex = 0;
        foreach (var f in plan.Features.Where(f => f.Kind == FeatureKind.SpendShare))
        {
            string alias = $"share_{shareIndex++}";
            string column = f.Column == plan.Schema.Category ? "category" : "channel";
            shares.Append($", sum(CASE WHEN {column} = {d.QuoteString(f.Level!)} THEN value ELSE 0 END) AS s_{alias}");
            expr[f.Name] = $"CASE WHEN coalesce(s_spend, 0) > 0 THEN coalesce(s_{alias}, 0) / s_spend ELSE 0 END";
        }

        var select = new StringBuilder("SELECT id");
        foreach (var f in plan.Features)
        {
            select.Append(", ").Append(expr[f.Name]).Append(" AS ").Append(d.QuoteIdentifier(f.Name));
        }

        string recent = $"{r} - {N(90 * Day)}";
        string prior = $"{r} - {N(180 * Day)}";
        // One join per SELECT, chained with USING and prefixed column names: ClickHouse 18.16 rejects more
        // than one JOIN in a query and cannot see alias-qualified columns through nesting.
        return string.Create(CultureInfo.InvariantCulture, $"""
            {select}
            FROM (SELECT * FROM (SELECT * FROM (
                  SELECT * FROM (SELECT id, min(e) AS a_first_e, max(e) AS a_last_e,
                                        sum(CASE WHEN usable AND is_return THEN abs(value) ELSE 0 END) AS a_returned
                                 FROM {clean} GROUP BY id) AS a
                  LEFT JOIN (SELECT id, count(*) AS p_orders, sum(value) AS p_spend, max(e) AS p_last_e, sum(items) AS p_items,
                                    sum(CASE WHEN e > {recent} THEN value ELSE 0 END) AS p_last90,
                                    sum(CASE WHEN e > {prior} AND e <= {recent} THEN value ELSE 0 END) AS p_prior90
                             FROM {orders} GROUP BY id) AS p USING (id)) AS ap
                LEFT JOIN (SELECT id, avg(gap_days) AS g_mean_gap, {d.StdDevSample("gap_days")} AS g_std_gap
                           FROM ({d.OrderGapsQuery(orders, "id", "e")}) AS gq GROUP BY id) AS g USING (id)) AS apg
              LEFT JOIN (SELECT id, {d.CountDistinct("product")} AS s_products, sum(value) AS s_spend{shares}
                         FROM {clean} WHERE usable AND NOT is_return GROUP BY id) AS s USING (id)) AS joined
            ORDER BY id
            """);
    }

    private static Dictionary<string, string> AggregateExpressions(ISqlDialect d, string asOf)
    {
        string day = d.Number(Day);
        string tenure = $"(({asOf} - a_first_e) / {day})";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["recency_days"] = $"(({asOf} - coalesce(p_last_e, a_last_e)) / {day})",
            ["frequency"] = "coalesce(p_orders, 0)",
            ["monetary_total"] = "coalesce(p_spend, 0)",
            ["avg_order_value"] = "CASE WHEN p_orders > 0 THEN p_spend / p_orders ELSE 0 END",
            ["tenure_days"] = tenure,
            ["mean_days_between_orders"] = $"coalesce(g_mean_gap, {tenure})",
            ["std_days_between_orders"] = "coalesce(g_std_gap, 0)",
            ["spend_trend_90d"] = "CASE WHEN p_last90 + p_prior90 > 0 THEN (p_last90 - p_prior90) / (p_last90 + p_prior90) ELSE 0 END",
            ["basket_size"] = "CASE WHEN p_orders > 0 THEN p_items / p_orders ELSE 0 END",
            ["return_rate"] = "CASE WHEN coalesce(p_spend, 0) > 0 THEN least(1.0, a_returned / p_spend) WHEN a_returned > 0 THEN 1.0 ELSE 0.0 END",
            ["distinct_products"] = "coalesce(s_products, 0)",
        };
    }
}
