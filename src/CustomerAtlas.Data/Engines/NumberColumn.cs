using System.Globalization;

namespace CustomerAtlas.Data.Engines;

/// <summary>A numeric column as doubles; nulls are NaN in <see cref="Values"/> and true in <see cref="Nulls"/>.</summary>
public sealed class NumberColumn : TableColumn
{
    /// <summary>Creates the column.</summary>
    public NumberColumn(string name, string engineType, double[] values, bool[] nulls)
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

    /// <summary>The values (NaN where null; a NaN that is not null came from the data).</summary>
    public double[] Values { get; }

    /// <summary>Null flags.</summary>
    public bool[] Nulls { get; }

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Number;

    /// <inheritdoc/>
    public override int Length => Values.Length;

    /// <inheritdoc/>
    public override bool IsNull(int row) => Nulls[row];

    /// <inheritdoc/>
    public override string Format(int row) => Nulls[row] ? string.Empty : Values[row].ToString("R", CultureInfo.InvariantCulture);
}
