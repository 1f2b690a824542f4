namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// ClickHouse 18.16's SQL spelling. Each function is chosen to give the same value DuckDB's spelling
/// gives (NULL where DuckDB returns NULL, interpolated medians, calendar-free epoch seconds), since the
/// same feature definitions must produce the same table on both engines.
/// </summary>
public sealed class ClickHouseDialect : ISqlDialect
{
    /// <summary>The shared instance (the dialect has no state).</summary>
    public static ClickHouseDialect Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "clickhouse";

    /// <inheritdoc/>
    public string QuoteIdentifier(string name) => ClickHouseSql.Identifier(name);

    /// <inheritdoc/>
    public string QuoteString(string value) => ClickHouseSql.String(value);

    /// <inheritdoc/>
    public string Number(double value) => SqlText.Number(value);

    /// <inheritdoc/>
    /// <remarks>toString prints the shortest round-trip form and toFloat64OrNull reads it back exactly.</remarks>
    public string TryCastDouble(string expression) => $"toFloat64OrNull(toString({expression}))";

    /// <inheritdoc/>
    /// <remarks>A Nullable(String) cast rather than toString, so that a bare NULL gets a type a table can store
    /// (toString(NULL) is Nullable(Nothing)).</remarks>
    public string CastText(string expression) => $"CAST({expression} AS Nullable(String))";

    /// <inheritdoc/>
    /// <remarks>18.16 has no trim(); DuckDB's trim removes spaces only, and so does this.</remarks>
    public string BlankToNull(string textExpression) => $"nullIf({TrimSpaces(textExpression)}, '')";

    /// <inheritdoc/>
    /// <remarks>
    /// 18.16 has no strptime: the format becomes a regular expression whose groups are rearranged to
    /// 'YYYY-MM-DD hh:mm:ss'; a value that does not match, or names an impossible date (toDateTimeOrNull
    /// turns month 13 into 0000-00-00 instead of NULL), gives NULL.
    /// </remarks>
    public string TryParseTimestamp(string textExpression, string format)
    {
        var (pattern, rearranged) = StrftimePattern.Translate(format);
        var text = TrimSpaces(textExpression);
        var normalized = $"replaceRegexpOne({text}, {QuoteString(pattern)}, {QuoteString(rearranged)})";
        return $"if(match({text}, {QuoteString(pattern)}) AND toString(toDateTimeOrNull({normalized})) = {normalized}, toDateTimeOrNull({normalized}), NULL)";
    }

    /// <inheritdoc/>
    public string StartsWith(string textExpression, string prefix) => $"startsWith(toString({textExpression}), {QuoteString(prefix)})";

    /// <inheritdoc/>
    public string ContainsDigit(string textExpression) => $"match(toString({textExpression}), '[0-9]')";

    /// <inheritdoc/>
    /// <remarks>ClickHouse has no CREATE OR REPLACE; callers drop an existing table first.</remarks>
    public string CreateTableAs(string quotedName, string query) => $"CREATE TABLE {quotedName} ENGINE = Memory AS {query}";

    /// <inheritdoc/>
    public string CastInteger(string expression) => $"toInt64({expression})";

    /// <inheritdoc/>
    public string IsFinite(string expression) => $"isFinite(toFloat64({expression}))";

    /// <inheritdoc/>
    public string EpochSeconds(string timestampExpression) => $"toFloat64(toUInt32(toDateTime({timestampExpression})))";

    /// <inheritdoc/>
    /// <remarks>stddevSamp gives nan for one value; DuckDB gives NULL.</remarks>
    public string StdDevSample(string expression) => $"if(count({expression}) < 2, NULL, stddevSamp({expression}))";

    /// <inheritdoc/>
    /// <remarks>
    /// quantileExact does not interpolate; DuckDB's median averages the two middle values of an even count,
    /// so the exact median is taken from the sorted group instead.
    /// </remarks>
    public string Median(string expression)
    {
        var sorted = $"arraySort(groupArray({expression}))";
        return $"if(length({sorted}) = 0, NULL, ({sorted}[intDiv(length({sorted}) + 1, 2)] + {sorted}[intDiv(length({sorted}), 2) + 1]) / 2)";
    }

    /// <inheritdoc/>
    public string CountDistinct(string expression) => $"uniqExact({expression})";

    /// <inheritdoc/>
    /// <remarks>The loader stores each row's 1-based position in the source file in <c>_row</c>.</remarks>
    public string SourceRowNumber => ClickHouseSql.Identifier(ClickHouseEventLoader.RowColumn);

    /// <inheritdoc/>
    /// <remarks>18.16 has no arrayMin; arrayReduce('min') is the fast form measured in the engine notes.</remarks>
    public string ArgMin(IReadOnlyList<string> expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        var list = "[" + string.Join(", ", expressions) + "]";
        return $"indexOf({list}, arrayReduce('min', {list}))";
    }

    /// <inheritdoc/>
    /// <remarks>18.16 has no window functions: each customer's order times are sorted into an array and
    /// consecutive differences are taken with arrayPopFront/arrayPopBack.</remarks>
    public string OrderGapsQuery(string ordersRelation, string idColumn, string epochColumn) => $"""
        SELECT id, gap_days FROM (
          SELECT {idColumn} AS id, arraySort(groupArray({epochColumn})) AS times
          FROM {ordersRelation} GROUP BY {idColumn})
        ARRAY JOIN arrayMap((later, earlier) -> (later - earlier) / 86400.0, arrayPopFront(times), arrayPopBack(times)) AS gap_days
        """;

    private static string TrimSpaces(string textExpression) => $"replaceRegexpAll(toString({textExpression}), '^ +| +$', '')";
}
