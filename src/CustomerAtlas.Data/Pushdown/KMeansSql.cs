using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Pushdown;

/// <summary>
/// SQL of one k-means step: each row's nearest centroid with the squared distances unrolled and the
/// centroids inlined as literals (lambdas cost about 5x on ClickHouse 18.16), and per-cluster counts and
/// sums grouped in the same scan, so the engine returns k rows and the client only divides.
/// </summary>
public static class KMeansSql
{
    /// <summary>The 1-based nearest-centroid expression for the quoted feature columns.</summary>
    public static string Assignment(ISqlDialect dialect, IReadOnlyList<string> quotedFeatures, double[][] centroids)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(centroids);
        var distances = centroids.Select(c => AssignmentSql.SquaredDistance(quotedFeatures, c)).ToArray();
        return dialect.ArgMin(distances);
    }

    /// <summary>
    /// A literal both engines read as a double, bit for bit: round-trip digits with an exponent, because
    /// DuckDB types a plain "1.5" as DECIMAL (and would then do the distance arithmetic in decimals).
    /// </summary>
    public static string DoubleLiteral(double value)
    {
        var text = SqlText.Number(value);
        return text.Contains('E', StringComparison.Ordinal) ? text : text + "E0";
    }

    /// <summary>
    /// <c>SELECT cluster, count, sum(f1..fd) FROM relation GROUP BY cluster</c>; clusters with no rows
    /// return no row.
    /// </summary>
    public static string Step(ISqlDialect dialect, string relation, IReadOnlyList<string> quotedFeatures, double[][] centroids)
    {
        // "* 1.0" makes every sum a double on both engines (DuckDB widens integer sums to HUGEINT).
        var sums = string.Join(", ", quotedFeatures.Select((f, j) => $"sum({f} * 1.0) AS s{j}"));
        return $"SELECT {Assignment(dialect, quotedFeatures, centroids)} AS cluster, count(*) AS n, {sums} FROM {relation} GROUP BY cluster";
    }
}
