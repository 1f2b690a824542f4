using System.Globalization;
using System.Text;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Data.Features;

/// <summary>Learns the feature plan of a fit: which features, which category levels, which encodings.</summary>
public static class FeaturePlanner
{
    /// <summary>Most spend-share levels per category/channel column.</summary>
    public const int MaxShareLevels = 8;

    /// <summary>Most levels kept in a frequency encoding (rarer levels encode as 0).</summary>
    public const int MaxFrequencyLevels = 500;

    /// <summary>Plans a log's features; <see cref="LogFeatureSql.CleanTable"/> must exist.</summary>
    public static async Task<FeaturePlan> PlanLogAsync(ISqlEngine engine, SchemaMapping schema, bool idIsInteger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(schema);
        var d = engine.Dialect;
        string clean = d.QuoteIdentifier(LogFeatureSql.CleanTable);
        double reference = SqlValues.ToDouble(await engine.ScalarAsync($"SELECT max(e) FROM {clean}", ct).ConfigureAwait(false));
        var features = new List<FeatureDefinition>(LogFeatureSql.AggregateFeatures(d, schema.Product is not null));
        foreach (var (column, alias) in new[] { (schema.Category, "category"), (schema.Channel, "channel") })
        {
            if (column is null)
            {
                continue;
            }

            string sql = $"""
                SELECT {alias}, sum(value) AS v FROM {clean} WHERE usable AND NOT is_return AND {alias} IS NOT NULL
                GROUP BY {alias} ORDER BY v DESC, {alias} LIMIT {MaxShareLevels}
                """;
            await foreach (var row in engine.QueryAsync(sql, ct).ConfigureAwait(false))
            {
                string level = (string)row[0]!;
                features.Add(new FeatureDefinition
                {
                    Name = $"share {column}={level}", Kind = FeatureKind.SpendShare, Column = column, Level = level,
                    Sql = $"sum(CASE WHEN {alias} = {d.QuoteString(level)} THEN value ELSE 0 END) / sum(value)",
                    Description = $"Share of spend in {column} '{level}'.",
                });
            }
        }

        return new FeaturePlan
        {
            Schema = schema, IdIsInteger = idIsInteger, ReferenceEpoch = reference, Features = features, RevenueFeature = "monetary_total",
        };
    }

    /// <summary>Plans a customer table's features from the raw table and the column profiles.</summary>
    public static async Task<FeaturePlan> PlanTableAsync(
        ISqlEngine engine, string rawTable, SchemaMapping schema, IReadOnlyList<ColumnProfile> profiles, bool idIsInteger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(profiles);
        var d = engine.Dialect;
        var byName = profiles.ToDictionary(p => p.Name, StringComparer.Ordinal);
        string raw = d.QuoteIdentifier(rawTable);
        var features = new List<FeatureDefinition>();
        string? revenue = null;

        foreach (string column in schema.Numeric)
        {
            var p = byName[column];
            string expr = TableFeatureSql.NumericExpression(d, p);
            bool money = ColumnNames.HasWord(column, "income", "amount", "spend", "revenue", "charges", "mnt", "total", "value", "sales")
                || ColumnNames.Words(column).Any(w => w.StartsWith("num", StringComparison.Ordinal));
            features.Add(new FeatureDefinition
            {
                Name = column, Kind = FeatureKind.Numeric, Column = column, Sql = expr, IsAmountOrCount = money,
                Description = p.Kind == ColumnKind.Text ? $"{column} parsed as a number." : $"{column} as given.",
            });
            revenue ??= ColumnNames.HasWord(column, "total", "revenue", "spend", "sales", "amount") ? column : null;
            AddMissingFlag(p, expr);
        }

        double reference = 0;
        if (schema.Dates.Count > 0)
        {
            string maxes = string.Join(", ", schema.Dates.Select(kv => $"max({TableFeatureSql.EpochExpression(d, kv.Key, kv.Value)})"));
            await foreach (var row in engine.QueryAsync($"SELECT greatest({maxes}, 0) FROM {raw}", ct).ConfigureAwait(false))
            {
                reference = SqlValues.ToDouble(row[0]);
            }
        }

        foreach (var (column, format) in schema.Dates)
        {
            string epoch = TableFeatureSql.EpochExpression(d, column, format);
            features.Add(new FeatureDefinition
            {
                Name = $"{column} (days before latest)", Kind = FeatureKind.DaysBefore, Column = column,
                Sql = $"(({d.Number(reference)} - {epoch}) / 86400.0)",
                Description = $"Days between {column} and the latest {column} in the fit data.",
            });
            AddMissingFlag(byName[column], epoch);
        }

        foreach (string column in schema.Categorical)
        {
            string level = TableFeatureSql.LevelExpression(d, column);
            var counts = new List<(string Level, long Count)>();
            long total = 0;
            await foreach (var row in engine.QueryAsync($"SELECT {level} AS lv, count(*) AS n FROM {raw} GROUP BY lv ORDER BY n DESC, lv", ct).ConfigureAwait(false))
            {
                long n = SqlValues.ToLong(row[1]);
                counts.Add(((string)row[0]!, n));
                total += n;
            }

            if (counts.Count <= SchemaInference.LowCardinality)
            {
                foreach (var (lv, _) in counts)
                {
                    features.Add(new FeatureDefinition
                    {
                        Name = $"{column}={lv}", Kind = FeatureKind.OneHot, Column = column, Level = lv,
                        Sql = $"(CASE WHEN {level} = {d.QuoteString(lv)} THEN 1.0 ELSE 0.0 END)",
                        Description = $"1 when {column} is '{lv}'.",
                    });
                }
            }
            else
            {
                var kept = counts.Take(MaxFrequencyLevels).ToDictionary(c => c.Level, c => (double)c.Count / total, StringComparer.Ordinal);
                var sql = new StringBuilder("(CASE ").Append(level);
                foreach (var (lv, share) in kept)
                {
                    sql.Append(" WHEN ").Append(d.QuoteString(lv)).Append(" THEN ").Append(d.Number(share));
                }

                sql.Append(" ELSE 0.0 END)");
                features.Add(new FeatureDefinition
                {
                    Name = $"{column} (frequency)", Kind = FeatureKind.Frequency, Column = column, Frequencies = kept, Sql = sql.ToString(),
                    Description = $"Share of customers with the same {column} ({counts.Count} levels).",
                });
            }
        }

        return new FeaturePlan
        {
            Schema = schema, IdIsInteger = idIsInteger, ReferenceEpoch = reference, Features = features, RevenueFeature = revenue,
        };

        void AddMissingFlag(ColumnProfile p, string expr)
        {
            if (p.Missing + p.Unparseable > 0)
            {
                features.Add(new FeatureDefinition
                {
                    Name = $"{p.Name} (missing)", Kind = FeatureKind.MissingFlag, Column = p.Name,
                    Sql = $"(CASE WHEN {expr} IS NULL THEN 1.0 ELSE 0.0 END)",
                    Description = $"1 when {p.Name} is missing or unparseable (the value itself is imputed with the median).",
                });
            }
        }
    }
}
