using System.Globalization;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Features;
using CustomerAtlas.Data.Quality;
using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Data.Ingestion;

/// <summary>
/// Reads an input file into the engine and turns it into one feature row per customer:
/// file checks, column profiles, schema inference, quality counts and remediation, feature SQL.
/// <see cref="FitAsync"/> learns the plan; <see cref="ApplyAsync"/> reuses a saved one (scoring).
/// </summary>
public static class CustomerDataLoader
{
    /// <summary>Name of the table the raw input is registered as.</summary>
    public const string RawTable = "atlas_raw";

    /// <summary>
    /// Name of the per-customer feature table left in the engine (column <c>id</c>, then each feature of the plan
    /// under its name, unrounded): sharded by customer on a cluster, where k-means can be pushed down over it.
    /// </summary>
    public const string FeaturesTable = "atlas_features";

    /// <summary>Decimals customer features are rounded to (far below any meaningful difference).</summary>
    public const int FeatureDecimals = 6;

    /// <summary>Ingests <paramref name="source"/>, infers its schema and learns the feature plan.</summary>
    public static async Task<CustomerData> FitAsync(ISqlEngine engine, DataSource source, SchemaOverrides overrides, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(overrides);
        var profiles = await RegisterAsync(engine, source, ct).ConfigureAwait(false);
        var (schema, decisions) = SchemaInference.Infer(profiles, overrides, source.Path);
        return await BuildAsync(engine, source, schema, profiles, decisions, plan: null, ct).ConfigureAwait(false);
    }

    /// <summary>Ingests <paramref name="source"/> and computes the features of a saved <paramref name="plan"/>.</summary>
    public static async Task<CustomerData> ApplyAsync(ISqlEngine engine, DataSource source, FeaturePlan plan, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(plan);
        var profiles = await RegisterAsync(engine, source, ct).ConfigureAwait(false);
        var present = profiles.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var needed = new[] { plan.Schema.Id, plan.Schema.Time, plan.Schema.Amount, plan.Schema.Quantity, plan.Schema.Price, plan.Schema.Invoice,
            plan.Schema.Product, plan.Schema.Category, plan.Schema.Channel }
            .Concat(plan.Schema.Numeric).Concat(plan.Schema.Categorical).Concat(plan.Schema.Dates.Keys);
        var missing = needed.Where(n => n is not null && !present.Contains(n)).ToList();
        if (missing.Count > 0)
        {
            throw new DataSourceException($"{source.Path}: the model needs column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}, which the file does not have.");
        }

        var schema = plan.Schema with { Outcomes = plan.Schema.Outcomes.Where(present.Contains).ToList() };
        return await BuildAsync(engine, source, schema, profiles, [], plan with { Schema = schema }, ct).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<ColumnProfile>> RegisterAsync(ISqlEngine engine, DataSource source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        SourceFileChecks.Validate(source);
        await engine.RegisterSourceAsync(RawTable, source, ct).ConfigureAwait(false);
        var profiles = await ColumnProfiler.ProfileAsync(engine, RawTable, source.Path, ct).ConfigureAwait(false);
        if (profiles.Count == 0 || profiles[0].Rows == 0)
        {
            throw new DataSourceException($"{source.Path}: has a header but no data rows.");
        }

        if (profiles.Count == 1 && source.Delimiter is null)
        {
            throw new DataSourceException($"{source.Path}: only one column ('{profiles[0].Name}') was found; is the delimiter right? Name it with --delimiter.");
        }

        if (profiles.Count == 1)
        {
            throw new DataSourceException($"{source.Path}: reading with delimiter '{source.Delimiter}' gives one column ('{profiles[0].Name}'); the delimiter looks wrong.");
        }

        return profiles;
    }

    private static async Task<CustomerData> BuildAsync(
        ISqlEngine engine, DataSource source, SchemaMapping schema, IReadOnlyList<ColumnProfile> profiles,
        IReadOnlyList<SchemaDecision> decisions, FeaturePlan? plan, CancellationToken ct)
    {
        var d = engine.Dialect;
        var byName = profiles.ToDictionary(p => p.Name, StringComparer.Ordinal);
        bool idIsInteger = plan?.IdIsInteger ?? await IdIsIntegerAsync(engine, byName[schema.Id], ct).ConfigureAwait(false);
        var numericInputs = NumericInputs(d, schema, byName);
        await NumericSanity.EnsureFiniteAsync(engine, RawTable, numericInputs, source.Path, ct).ConfigureAwait(false);

        var issues = new List<QualityIssue>();
        long rowsUsed;
        Func<Func<string, string>, string> query;
        string readBack = $"SELECT * FROM {d.QuoteIdentifier(FeaturesTable)} ORDER BY id";
        if (schema.Shape == DataShape.TransactionLog)
        {
            var columns = new LogColumns(d, schema, idIsInteger);
            var (logIssues, kept) = await LogQuality.CountAsync(engine, RawTable, columns, dropNonProducts: true, ct).ConfigureAwait(false);
            issues.AddRange(logIssues);
            // Lines first (row-local, placed by customer), then duplicates removed per customer.
            await engine.CreateCustomerTableAsync(LogFeatureSql.LinesTable, "id",
                table => LogFeatureSql.LinesQuery(d, table(RawTable), columns, dropNonProducts: true), ct).ConfigureAwait(false);
            await engine.CreateCustomerTableAsync(LogFeatureSql.CleanTable, "id",
                table => LogFeatureSql.CleanQuery(table(LogFeatureSql.LinesTable)), ct).ConfigureAwait(false);
            await engine.CreateCustomerTableAsync(LogFeatureSql.OrdersTable, "id",
                table => LogFeatureSql.OrdersQuery(table(LogFeatureSql.CleanTable)), ct).ConfigureAwait(false);
            rowsUsed = SqlValues.ToLong(await engine.ScalarAsync($"SELECT count(*) FROM {d.QuoteIdentifier(LogFeatureSql.CleanTable)} WHERE usable", ct).ConfigureAwait(false));
            if (kept > rowsUsed)
            {
                issues.Add(new QualityIssue("duplicate-row", "exact duplicate lines (counted once)", kept - rowsUsed, RemediationAction.Drop));
            }

            if (rowsUsed == 0)
            {
                throw new DataSourceException($"{source.Path}: every row is invalid: {string.Join("; ", issues.Select(i => $"{i.Rows} {i.Description}"))}.");
            }

            if (plan is null)
            {
                plan = await FeaturePlanner.PlanLogAsync(engine, schema, idIsInteger, ct).ConfigureAwait(false);
                var fitted = plan;
                query = table => LogFeatureSql.CustomerQuery(d, fitted, fitted.ReferenceEpoch, table);
            }
            else
            {
                double latest = SqlValues.ToDouble(await engine.ScalarAsync($"SELECT max(e) FROM {d.QuoteIdentifier(LogFeatureSql.CleanTable)}", ct).ConfigureAwait(false));
                var saved = plan;
                query = table => LogFeatureSql.CustomerQuery(d, saved, Math.Max(latest, saved.ReferenceEpoch), table);
            }
        }
        else
        {
            issues.AddRange(TableQuality.FromProfiles(profiles, schema));
            plan ??= await FeaturePlanner.PlanTableAsync(engine, RawTable, schema, profiles, idIsInteger, ct).ConfigureAwait(false);
            var tablePlan = plan;
            query = table => TableFeatureSql.CustomerQuery(d, table(RawTable), tablePlan);
            // The first row of a repeated id is kept, as the file orders them.
            readBack = $"SELECT * FROM {d.QuoteIdentifier(FeaturesTable)} ORDER BY id, {d.QuoteIdentifier(TableFeatureSql.SourceRowColumn)}";
            rowsUsed = 0;
        }

        // The feature table stays in the engine (per shard on a cluster) for work pushed down later.
        await engine.CreateCustomerTableAsync(FeaturesTable, "id", query, ct).ConfigureAwait(false);
        var table = await engine.ReadTableAsync(readBack, ct).ConfigureAwait(false);
        var (ids, features, outcomes, duplicates) = Split(table, plan);
        if (schema.Shape == DataShape.CustomerTable)
        {
            rowsUsed = ids.Length;
            if (duplicates > 0)
            {
                issues.Add(new QualityIssue("duplicate-customer-id", "rows repeating a customer id already seen", duplicates, RemediationAction.Drop, schema.Id));
            }
        }

        if (ids.Length == 0)
        {
            throw new DataSourceException($"{source.Path}: no customer is left after the quality checks: {string.Join("; ", issues.Select(i => $"{i.Rows} {i.Description}"))}.");
        }

        var quality = new QualityReport
        {
            Source = source.Path,
            Shape = schema.Shape.ToString(),
            Rows = profiles[0].Rows,
            RowsUsed = rowsUsed,
            Customers = ids.Length,
            Columns = profiles.Select(p => new ColumnQuality(p.Name, p.EngineType, p.Missing, (double)p.Missing / p.Rows, p.Distinct, p.Unparseable, RoleOf(schema, p.Name))).ToList(),
            Issues = issues,
            Policy = RemediationPolicy.Default,
        };
        return new CustomerData(plan, decisions, quality, ids, features, outcomes);
    }

    private static (string[] Ids, List<NumberColumn> Features, List<TextColumn> Outcomes, int Duplicates) Split(ColumnTable table, FeaturePlan plan)
    {
        var idColumn = table["id"];
        var keep = new List<int>(table.RowCount);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ids = new List<string>(table.RowCount);
        for (int i = 0; i < table.RowCount; i++)
        {
            string id = idColumn.Format(i);
            if (seen.Add(id))
            {
                keep.Add(i);
                ids.Add(id);
            }
        }

        var features = plan.Features.Select(f => Rounded(Pick((NumberColumn)table[f.Name], keep))).ToList();
        var outcomes = plan.Schema.Outcomes.Select(o => new TextColumn(o, "VARCHAR", keep.Select(i => ((TextColumn)table[o]).Values[i]).ToArray())).ToList();
        return ([.. ids], features, outcomes, table.RowCount - keep.Count);
    }

    /// <summary>
    /// Rounds features to <see cref="FeatureDecimals"/> decimals: engines sum in parallel and the last
    /// bits of a sum depend on thread scheduling, so rounding makes every run see identical inputs.
    /// </summary>
    private static NumberColumn Rounded(NumberColumn c)
    {
        for (int i = 0; i < c.Values.Length; i++)
        {
            if (double.IsFinite(c.Values[i]))
            {
                c.Values[i] = Math.Round(c.Values[i], FeatureDecimals);
            }
        }

        return c;
    }

    private static NumberColumn Pick(NumberColumn c, List<int> rows) =>
        rows.Count == c.Length ? c : new NumberColumn(c.Name, c.EngineType, rows.Select(i => c.Values[i]).ToArray(), rows.Select(i => c.Nulls[i]).ToArray());

    private static Dictionary<string, string> NumericInputs(ISqlDialect d, SchemaMapping s, Dictionary<string, ColumnProfile> byName)
    {
        var names = new[] { s.Amount, s.Quantity, s.Price }.OfType<string>().Concat(s.Numeric);
        return names.Distinct(StringComparer.Ordinal).ToDictionary(n => n, n => TableFeatureSql.NumericExpression(d, byName[n]), StringComparer.Ordinal);
    }

    private static async Task<bool> IdIsIntegerAsync(ISqlEngine engine, ColumnProfile id, CancellationToken ct)
    {
        if (id.Kind != ColumnKind.Number)
        {
            return false;
        }

        var d = engine.Dialect;
        string q = d.TryCastDouble(d.QuoteIdentifier(id.Name));
        object? fractional = await engine.ScalarAsync(
            $"SELECT count(*) FROM {d.QuoteIdentifier(RawTable)} WHERE {q} IS NOT NULL AND ({q} <> floor({q}) OR NOT {d.IsFinite(q)})", ct).ConfigureAwait(false);
        return SqlValues.ToLong(fractional) == 0;
    }

    private static string RoleOf(SchemaMapping s, string column) =>
        column == s.Id ? "id"
        : column == s.Time ? "time"
        : column == s.Amount ? "amount"
        : column == s.Quantity ? "quantity"
        : column == s.Price ? "price"
        : column == s.Invoice ? "invoice"
        : column == s.Product ? "product"
        : column == s.Category ? "category"
        : column == s.Channel ? "channel"
        : s.Outcomes.Contains(column) ? "outcome"
        : s.Numeric.Contains(column) ? "numeric"
        : s.Categorical.Contains(column) ? "categorical"
        : s.Dates.ContainsKey(column) ? "date"
        : "excluded";
}
