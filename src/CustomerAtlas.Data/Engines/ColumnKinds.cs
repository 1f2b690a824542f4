namespace CustomerAtlas.Data.Engines;

/// <summary>Maps engine type names to <see cref="ColumnKind"/>.</summary>
public static class ColumnKinds
{
    private static readonly string[] NumberPrefixes =
    [
        "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
        "UHUGEINT", "DECIMAL", "DOUBLE", "FLOAT", "REAL", "BOOLEAN", "INT", "UINT", "NUMERIC",
    ];

    /// <summary>The kind of an engine type name (DuckDB and ClickHouse spellings, case-insensitive).</summary>
    public static ColumnKind FromEngineType(string engineType)
    {
        ArgumentNullException.ThrowIfNull(engineType);
        string t = engineType.Trim().ToUpperInvariant();
        if (t.StartsWith("NULLABLE(", StringComparison.Ordinal) && t.EndsWith(')'))
        {
            t = t["NULLABLE(".Length..^1];
        }

        if (t.StartsWith("DATE", StringComparison.Ordinal) || t.StartsWith("TIMESTAMP", StringComparison.Ordinal))
        {
            return ColumnKind.Timestamp;
        }

        foreach (string prefix in NumberPrefixes)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal) && !t.StartsWith("INTERVAL", StringComparison.Ordinal))
            {
                return ColumnKind.Number;
            }
        }

        return ColumnKind.Text;
    }
}
