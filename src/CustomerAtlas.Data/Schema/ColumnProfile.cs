using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Schema;

/// <summary>Facts about one input column that schema inference and quality checks use.</summary>
/// <param name="Name">Column name.</param>
/// <param name="EngineType">The engine's type for the column.</param>
/// <param name="Rows">Rows in the input.</param>
/// <param name="NonNull">Rows where the value is present (not null and, for text, not blank).</param>
/// <param name="Distinct">Distinct non-null values.</param>
/// <param name="Numeric">For text columns: non-blank values that parse as numbers; for numeric columns: <paramref name="NonNull"/>.</param>
/// <param name="DateFormat">For text columns that hold dates: the strftime format every non-blank value matches; else null.</param>
public sealed record ColumnProfile(string Name, string EngineType, long Rows, long NonNull, long Distinct, long Numeric, string? DateFormat)
{
    /// <summary>The logical kind as read.</summary>
    public ColumnKind Kind => ColumnKinds.FromEngineType(EngineType);

    /// <summary>Rows with no value.</summary>
    public long Missing => Rows - NonNull;

    /// <summary>Whether the column can be used as a number (numeric type, or text where every present value parses).</summary>
    public bool IsNumeric => Kind == ColumnKind.Number || (Kind == ColumnKind.Text && NonNull > 0 && Numeric >= NonNull * 0.95);

    /// <summary>Whether the column holds dates (a date type, or text in one date format).</summary>
    public bool IsDate => Kind == ColumnKind.Timestamp || DateFormat is not null;

    /// <summary>Text values that do not parse in a column judged numeric (unparseable values).</summary>
    public long Unparseable => Kind == ColumnKind.Text && IsNumeric ? NonNull - Numeric : 0;
}
