using System.Globalization;
using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Ingestion;

/// <summary>
/// Refuses numbers that would poison distances: NaN, infinities and magnitudes above
/// <see cref="MaxMagnitude"/> (1e308 squares to infinity). The message names the column and data row.
/// </summary>
public static class NumericSanity
{
    /// <summary>Largest magnitude accepted in a numeric column used by the features.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>Throws <see cref="DataSourceException"/> at the first bad value of any of <paramref name="columns"/> (column → double expression).</summary>
    public static async Task EnsureFiniteAsync(
        ISqlEngine engine, string rawTable, IReadOnlyDictionary<string, string> columns, string sourceName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(columns);
        var d = engine.Dialect;
        foreach (var (column, expr) in columns)
        {
            string sql = $"""
                SELECT {d.SourceRowNumber}, {d.CastText(expr)} FROM {d.QuoteIdentifier(rawTable)}
                WHERE {expr} IS NOT NULL AND (NOT {d.IsFinite(expr)} OR abs({expr}) > {d.Number(MaxMagnitude)})
                LIMIT 1
                """;
            await foreach (var row in engine.QueryAsync(sql, ct).ConfigureAwait(false))
            {
                throw new DataSourceException(string.Create(CultureInfo.InvariantCulture,
                    $"{sourceName}: column '{column}', data row {row[0]}: the value {row[1]} is not a usable number (NaN, infinite or larger than {MaxMagnitude:0e0} in magnitude). Fix or blank the value, or --exclude the column."));
            }
        }
    }
}
