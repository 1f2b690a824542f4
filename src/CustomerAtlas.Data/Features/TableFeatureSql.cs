using System.Text;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Data.Features;

/// <summary>The SQL of customer-table features: each feature's expression over the raw row, learned at fit time.</summary>
public static class TableFeatureSql
{
    /// <summary>A numeric column as a double (blank or unparseable text → null).</summary>
    public static string NumericExpression(ISqlDialect d, ColumnProfile column)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(column);
        string q = d.QuoteIdentifier(column.Name);
        return column.Kind == ColumnKind.Text ? d.TryCastDouble(d.BlankToNull(q)) : d.TryCastDouble(q);
    }

    /// <summary>A date column's epoch seconds (null when missing or unparseable).</summary>
    public static string EpochExpression(ISqlDialect d, string column, string? format)
    {
        ArgumentNullException.ThrowIfNull(d);
        string q = d.QuoteIdentifier(column);
        return d.EpochSeconds(format is null ? q : d.TryParseTimestamp(q, format));
    }

    /// <summary>A categorical column as text, "(missing)" when blank.</summary>
    public static string LevelExpression(ISqlDialect d, string column)
    {
        ArgumentNullException.ThrowIfNull(d);
        return $"coalesce({d.BlankToNull(d.QuoteIdentifier(column))}, {d.QuoteString(MissingLevel)})";
    }

    /// <summary>Column of the customer query holding the source row number.</summary>
    public const string SourceRowColumn = "atlas_source_row";

    /// <summary>The level given to blank categorical values.</summary>
    public const string MissingLevel = "(missing)";

    /// <summary>
    /// One row per input row with an id: <c>id</c>, every feature under its name, each outcome column as
    /// text under its own name, then <see cref="SourceRowColumn"/> (the row's line, so that the first of
    /// repeated ids can be kept). <paramref name="rawRelation"/> is the quoted relation to read.
    /// </summary>
    public static string CustomerQuery(ISqlDialect d, string rawRelation, FeaturePlan plan)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(plan);
        string id = LogColumns.CustomerId(d, plan.Schema.Id, plan.IdIsInteger);
        var sql = new StringBuilder($"SELECT {id} AS id");
        foreach (var f in plan.Features)
        {
            sql.Append(", ").Append(f.Sql).Append(" AS ").Append(d.QuoteIdentifier(f.Name));
        }

        foreach (string o in plan.Schema.Outcomes)
        {
            sql.Append(", ").Append(d.CastText(d.QuoteIdentifier(o))).Append(" AS ").Append(d.QuoteIdentifier(o));
        }

        sql.Append($", {d.SourceRowNumber} AS {d.QuoteIdentifier(SourceRowColumn)} FROM {rawRelation} WHERE {id} IS NOT NULL");
        return sql.ToString();
    }
}
