using System.Globalization;

namespace CustomerAtlas.Data.Engines;

/// <summary>A date/timestamp column (UTC-agnostic wall-clock values); nulls flagged in <see cref="Nulls"/>.</summary>
public sealed class TimestampColumn : TableColumn
{
    /// <summary>Creates the column.</summary>
    public TimestampColumn(string name, string engineType, DateTime[] values, bool[] nulls)
        : base(name, engineType)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(nulls);
        if (values.Length != nulls.Length)
        {
            throw new ArgumentException("Values and null flags differ in length.", nameof(nulls));
        }

        Values = values;
        Nulls = nulls;
    }

    /// <summary>The values (default where null).</summary>
    public DateTime[] Values { get; }

    /// <summary>Null flags.</summary>
    public bool[] Nulls { get; }

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Timestamp;

    /// <inheritdoc/>
    public override int Length => Values.Length;

    /// <inheritdoc/>
    public override bool IsNull(int row) => Nulls[row];

    /// <inheritdoc/>
    public override string Format(int row) =>
        Nulls[row] ? string.Empty : Values[row].ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
