using System.Globalization;

namespace CustomerAtlas.Data.Engines;

/// <summary>A date/timestamp column (UTC-agnostic wall-clock values); nulls flagged in <see cref="FlaggedColumn{T}.Nulls"/>.</summary>
/// <remarks>Creates the column; null rows hold the default date.</remarks>
public sealed class TimestampColumn(string name, string engineType, DateTime[] values, bool[] nulls)
    : FlaggedColumn<DateTime>(name, engineType, values, nulls)
{
    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Timestamp;

    /// <inheritdoc/>
    public override string Format(int row) =>
        Nulls[row] ? string.Empty : Values[row].ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
