namespace CustomerAtlas.Data.Engines;

/// <summary>
/// The spelling of SQL for one engine. Generated SQL never embeds a raw identifier, literal or
/// engine-specific function: it asks the dialect, so a column named <c>a"; DROP TABLE x</c>
/// stays a column name and the same feature definitions run on DuckDB and ClickHouse.
/// </summary>
public interface ISqlDialect
{
    /// <summary>Dialect name ("duckdb", "clickhouse").</summary>
    string Name { get; }

    /// <summary>A quoted identifier (table or column name), safe for any input string.</summary>
    string QuoteIdentifier(string name);

    /// <summary>A quoted string literal, safe for any input string.</summary>
    string QuoteString(string value);

    /// <summary>A numeric literal in invariant culture (finite values only).</summary>
    string Number(double value);

    /// <summary>The expression converted to a double, null when it cannot be converted.</summary>
    string TryCastDouble(string expression);

    /// <summary>The expression converted to text.</summary>
    string CastText(string expression);

    /// <summary>The expression with blank or whitespace-only text turned into null (other values unchanged).</summary>
    string BlankToNull(string textExpression);

    /// <summary>The text expression parsed as a timestamp with a strftime-style format (e.g. "%d-%m-%Y"), null when it does not match.</summary>
    string TryParseTimestamp(string textExpression, string format);

    /// <summary>Whether the text expression starts with <paramref name="prefix"/> (a plain string, not a pattern).</summary>
    string StartsWith(string textExpression, string prefix);

    /// <summary>Whether the text expression contains at least one decimal digit.</summary>
    string ContainsDigit(string textExpression);

    /// <summary>A statement that creates (or replaces) table <paramref name="quotedName"/> from a query.</summary>
    string CreateTableAs(string quotedName, string query);

    /// <summary>The expression converted to a 64-bit integer (truncating).</summary>
    string CastInteger(string expression);

    /// <summary>Whether a double expression is finite (not NaN, not infinite).</summary>
    string IsFinite(string expression);

    /// <summary>Seconds since the Unix epoch of a timestamp expression, as a double.</summary>
    string EpochSeconds(string timestampExpression);

    /// <summary>Sample standard deviation aggregate (null for fewer than two values).</summary>
    string StdDevSample(string expression);

    /// <summary>Median aggregate.</summary>
    string Median(string expression);

    /// <summary>Number of distinct non-null values aggregate.</summary>
    string CountDistinct(string expression);

    /// <summary>
    /// The 1-based position of a row in the file it was registered from (by
    /// <see cref="ISqlEngine.RegisterSourceAsync"/>), so error messages can name the data row.
    /// </summary>
    string SourceRowNumber { get; }

    /// <summary>
    /// The 1-based position of the smallest of <paramref name="expressions"/> (the first on ties), as one
    /// row-wise expression: the assignment step of k-means pushed into the engine.
    /// </summary>
    string ArgMin(IReadOnlyList<string> expressions);

    /// <summary>
    /// A query with columns <c>id</c> and <c>gap_days</c>: one row per pair of consecutive
    /// orders of a customer, the days between them. <paramref name="ordersRelation"/> has one row
    /// per order with columns <paramref name="idColumn"/> and <paramref name="epochColumn"/>
    /// (order time in epoch seconds, a double); both names are already quoted. Engines without
    /// window functions build the gaps with arrays instead.
    /// </summary>
    string OrderGapsQuery(string ordersRelation, string idColumn, string epochColumn);
}
