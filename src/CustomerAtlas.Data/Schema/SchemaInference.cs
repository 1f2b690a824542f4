using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Schema;

/// <summary>
/// Decides what each column means from its name and its profile, then applies the user's
/// overrides. Every decision comes with a reason in <see cref="SchemaDecision"/> so the CLI can
/// print what it decided and the user can correct it.
/// </summary>
public static class SchemaInference
{
    /// <summary>Distinct values up to which a text column is categorical (one-hot encoded); above, frequency encoded.</summary>
    public const int LowCardinality = 12;

    private static readonly string[] IdWords = ["id", "customer", "customerid", "client", "clientid", "user", "userid", "member", "account", "cust", "custid"];
    private static readonly string[] TimeWords = ["date", "time", "timestamp", "ts", "datetime", "created", "ordered", "purchased"];
    private static readonly string[] AmountWords = ["amount", "revenue", "sales", "spend", "value", "total", "sum", "paid"];
    private static readonly string[] QuantityWords = ["quantity", "qty", "units", "items", "count", "cds"];
    private static readonly string[] PriceWords = ["price", "unitprice"];
    private static readonly string[] InvoiceWords = ["invoice", "invoiceno", "order", "orderid", "transaction", "receipt", "basket"];
    private static readonly string[] ProductWords = ["product", "stockcode", "sku", "item", "article", "stock"];
    private static readonly string[] CategoryWords = ["category", "department", "family"];
    private static readonly string[] ChannelWords = ["channel", "medium"];
    private static readonly string[] OutcomeWords = ["churn", "churned", "response", "label", "target", "outcome", "converted", "fraud", "class"];

    /// <summary>
    /// Infers the mapping. Throws <see cref="DataSourceException"/> when an override names a
    /// column that does not exist or no customer id column can be found.
    /// </summary>
    public static (SchemaMapping Mapping, IReadOnlyList<SchemaDecision> Decisions) Infer(
        IReadOnlyList<ColumnProfile> profiles, SchemaOverrides overrides, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(overrides);
        var byName = profiles.ToDictionary(p => p.Name, StringComparer.Ordinal);
        CheckOverrides(overrides, byName, sourceName);

        var decisions = new List<SchemaDecision>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string e in overrides.Exclude)
        {
            excluded[e] = "excluded by the user";
            used.Add(e);
        }

        string id = overrides.Id ?? FindId(profiles, used)
            ?? throw new DataSourceException(
                $"{sourceName}: no customer id column found among {Describe(profiles)}. Name it with --id <column>.");
        decisions.Add(new SchemaDecision("id", id, overrides.Id is null ? "name looks like a customer id" : "--id"));
        used.Add(id);

        var outcomes = new List<string>(overrides.Outcomes);
        used.UnionWith(outcomes);
        foreach (var p in profiles.Where(p => !used.Contains(p.Name) && p.Distinct <= 2 && ColumnNames.HasWord(p.Name, OutcomeWords)))
        {
            outcomes.Add(p.Name);
            used.Add(p.Name);
        }

        foreach (string o in outcomes)
        {
            decisions.Add(new SchemaDecision("outcome", o, overrides.Outcomes.Contains(o) ? "--outcome" : "label-like name with two values; not a feature"));
        }

        string? Pick(string role, string? given, Func<ColumnProfile, bool> accept, string[] words, string option)
        {
            string? chosen = given ?? profiles.FirstOrDefault(p => !used.Contains(p.Name) && accept(p) && ColumnNames.HasWord(p.Name, words))?.Name;
            if (chosen is not null)
            {
                used.Add(chosen);
                decisions.Add(new SchemaDecision(role, chosen, given is null ? $"name and type fit a {role} column" : option));
            }

            return chosen;
        }

        var idProfile = byName[id];
        string? time = Pick("time", overrides.Time, p => p.IsDate, TimeWords, "--time");
        bool repeatedIds = idProfile.Distinct < idProfile.NonNull * 0.8;
        var shape = overrides.Shape ?? (time is not null && repeatedIds ? DataShape.TransactionLog : DataShape.CustomerTable);
        decisions.Add(new SchemaDecision("shape", shape.ToString(), overrides.Shape is not null ? "--shape"
            : shape == DataShape.TransactionLog ? "customer ids repeat and there is a timestamp: one row per event"
            : "one row per customer"));

        if (shape == DataShape.TransactionLog)
        {
            if (time is null)
            {
                throw new DataSourceException($"{sourceName}: a transaction log needs a timestamp column; none found among {Describe(profiles)}. Name it with --time <column>.");
            }

            return (BuildLog(), decisions);
        }

        if (time is not null)
        {
            used.Remove(time);
            decisions.RemoveAll(x => x.Role == "time");
        }

        return (BuildTable(), decisions);

        SchemaMapping BuildLog()
        {
            string? quantity = Pick("quantity", overrides.Quantity, p => p.IsNumeric, QuantityWords, "--quantity");
            string? price = Pick("price", overrides.Price, p => p.IsNumeric, PriceWords, "--price");
            string? amount = Pick("amount", overrides.Amount, p => p.IsNumeric, AmountWords, "--amount");
            if (amount is null && (quantity is null || price is null))
            {
                var numeric = profiles.Where(p => !used.Contains(p.Name) && p.IsNumeric).ToList();
                if (numeric.Count == 1 && quantity is null && price is null)
                {
                    amount = numeric[0].Name;
                    used.Add(amount);
                    decisions.Add(new SchemaDecision("amount", amount, "the only numeric column left"));
                }
            }

            string? invoice = Pick("invoice", overrides.Invoice, _ => true, InvoiceWords, "mapping file");
            string? product = Pick("product", overrides.Product, _ => true, ProductWords, "mapping file");
            string? category = Pick("category", overrides.Category, p => !p.IsNumeric, CategoryWords, "mapping file");
            string? channel = Pick("channel", overrides.Channel, p => !p.IsNumeric, ChannelWords, "mapping file");
            foreach (var p in profiles.Where(p => !used.Contains(p.Name)))
            {
                excluded[p.Name] = "not a transaction role (features are computed per customer from the roles)";
            }

            return new SchemaMapping
            {
                Shape = DataShape.TransactionLog, Id = id, Time = time, TimeFormat = byName[time!].DateFormat,
                Amount = amount, Quantity = quantity, Price = price, Invoice = invoice, Product = product,
                Category = category, Channel = channel, Outcomes = outcomes, Excluded = excluded,
            };
        }

        SchemaMapping BuildTable()
        {
            var numeric = new List<string>();
            var categorical = new List<string>();
            var dates = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var p in profiles.Where(p => !used.Contains(p.Name)))
            {
                if (p.NonNull == 0)
                {
                    excluded[p.Name] = "every value is missing";
                }
                else if (p.Distinct <= 1)
                {
                    excluded[p.Name] = "constant";
                }
                else if (p.IsDate)
                {
                    dates[p.Name] = p.DateFormat;
                    decisions.Add(new SchemaDecision("date", p.Name, "dates: days before the latest date"));
                }
                else if (p.IsNumeric)
                {
                    numeric.Add(p.Name);
                    decisions.Add(new SchemaDecision("numeric", p.Name, p.Kind == ColumnKind.Number ? "numeric type" : "text that parses as numbers"));
                }
                else if (p.Distinct >= p.NonNull * 0.95 && p.NonNull > 50)
                {
                    excluded[p.Name] = "free text or another identifier (almost every value unique)";
                }
                else
                {
                    categorical.Add(p.Name);
                    decisions.Add(new SchemaDecision("categorical", p.Name, p.Distinct <= LowCardinality
                        ? $"{p.Distinct} values: one-hot encoded" : $"{p.Distinct} values: frequency encoded"));
                }
            }

            foreach (var (name, reason) in excluded.Where(e => e.Value != "excluded by the user"))
            {
                decisions.Add(new SchemaDecision("excluded", name, reason));
            }

            return new SchemaMapping
            {
                Shape = DataShape.CustomerTable, Id = id, Numeric = numeric, Categorical = categorical, Dates = dates,
                Outcomes = outcomes, Excluded = excluded,
            };
        }
    }

    private static string? FindId(IReadOnlyList<ColumnProfile> profiles, HashSet<string> used)
    {
        var candidates = profiles.Where(p => !used.Contains(p.Name) && !p.IsDate).ToList();
        string[] exact = ["customerid", "customer", "custid", "clientid", "userid", "memberid", "accountid", "id"];
        foreach (string e in exact)
        {
            var hit = candidates.FirstOrDefault(p => ColumnNames.Compact(p.Name) == e);
            if (hit is not null)
            {
                return hit.Name;
            }
        }

        return candidates.FirstOrDefault(p => ColumnNames.HasWord(p.Name, IdWords) && !ColumnNames.HasWord(p.Name, InvoiceWords))?.Name;
    }

    private static void CheckOverrides(SchemaOverrides o, Dictionary<string, ColumnProfile> byName, string sourceName)
    {
        var named = new List<(string Option, string? Column)>
        {
            ("--id", o.Id), ("--time", o.Time), ("--amount", o.Amount), ("--quantity", o.Quantity), ("--price", o.Price),
            ("invoice", o.Invoice), ("product", o.Product), ("category", o.Category), ("channel", o.Channel),
        };
        named.AddRange(o.Exclude.Select(e => ("--exclude", (string?)e)));
        named.AddRange(o.Outcomes.Select(e => ("--outcome", (string?)e)));
        foreach (var (option, column) in named)
        {
            if (column is not null && !byName.ContainsKey(column))
            {
                throw new DataSourceException(
                    $"{sourceName}: {option} names column '{column}', which does not exist; the columns are {Describe(byName.Values.ToList())}.");
            }
        }
    }

    private static string Describe(IReadOnlyList<ColumnProfile> profiles) =>
        string.Join(", ", profiles.Select(p => $"'{p.Name}'"));
}
