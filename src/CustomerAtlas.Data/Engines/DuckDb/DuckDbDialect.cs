using System.Globalization;

namespace CustomerAtlas.Data.Engines.DuckDb;

/// <summary>DuckDB's SQL spelling.</summary>
public sealed class DuckDbDialect : ISqlDialect
{
    /// <summary>The shared instance (the dialect has no state).</summary>
    public static DuckDbDialect Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "duckdb";

    /// <inheritdoc/>
    public string QuoteIdentifier(string name)
    {
        SqlText.EnsureNoNul(name, nameof(name));
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <inheritdoc/>
    public string QuoteString(string value)
    {
        SqlText.EnsureNoNul(value, nameof(value));
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <inheritdoc/>
    public string Number(double value) => SqlText.Number(value);

    /// <inheritdoc/>
    public string TryCastDouble(string expression) => $"TRY_CAST({expression} AS DOUBLE)";

    /// <inheritdoc/>
    public string CastText(string expression) => $"CAST({expression} AS VARCHAR)";

    /// <inheritdoc/>
    public string BlankToNull(string textExpression) => $"NULLIF(trim(CAST({textExpression} AS VARCHAR)), '')";

    /// <inheritdoc/>
    public string TryParseTimestamp(string textExpression, string format) =>
        $"TRY_STRPTIME(trim(CAST({textExpression} AS VARCHAR)), {QuoteString(format)})";

    /// <inheritdoc/>
    public string StartsWith(string textExpression, string prefix) => $"starts_with(CAST({textExpression} AS VARCHAR), {QuoteString(prefix)})";

    /// <inheritdoc/>
    public string ContainsDigit(string textExpression) => $"regexp_matches(CAST({textExpression} AS VARCHAR), '[0-9]')";

    /// <inheritdoc/>
    public string CreateTableAs(string quotedName, string query) => $"CREATE OR REPLACE TABLE {quotedName} AS {query}";

    /// <inheritdoc/>
    public string CastInteger(string expression) => $"CAST({expression} AS BIGINT)";

    /// <inheritdoc/>
    public string IsFinite(string expression) => $"isfinite(CAST({expression} AS DOUBLE))";

    /// <inheritdoc/>
    public string EpochSeconds(string timestampExpression) => $"epoch(CAST({timestampExpression} AS TIMESTAMP))";

    /// <inheritdoc/>
    public string StdDevSample(string expression) => $"stddev_samp({expression})";

    /// <inheritdoc/>
    public string Median(string expression) => $"median({expression})";

    /// <inheritdoc/>
    public string CountDistinct(string expression) => $"count(DISTINCT {expression})";

    /// <inheritdoc/>
    /// <remarks>DuckDB tables created from a file keep the file's row order in <c>rowid</c> (0-based).</remarks>
    public string SourceRowNumber => "(rowid + 1)";

    /// <inheritdoc/>
    public string ArgMin(IReadOnlyList<string> expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        string list = "[" + string.Join(", ", expressions) + "]";
        return $"list_position({list}, list_min({list}))";
    }

    /// <inheritdoc/>
    public string OrderGapsQuery(string ordersRelation, string idColumn, string epochColumn) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            SELECT id, gap_days FROM (
              SELECT {idColumn} AS id,
                     ({epochColumn} - lag({epochColumn}) OVER (PARTITION BY {idColumn} ORDER BY {epochColumn})) / 86400.0 AS gap_days
              FROM {ordersRelation}) AS gaps
            WHERE gap_days IS NOT NULL
            """);
}
