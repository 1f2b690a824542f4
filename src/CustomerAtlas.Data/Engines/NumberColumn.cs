using System.Globalization;

namespace CustomerAtlas.Data.Engines;

/// <summary>A numeric column as doubles; nulls are NaN in <see cref="FlaggedColumn{T}.Values"/> and true in <see cref="FlaggedColumn{T}.Nulls"/>.</summary>
/// <remarks>Creates the column. A NaN that is not flagged null came from the data.</remarks>
public sealed class NumberColumn(string name, string engineType, double[] values, bool[] nulls)
    : FlaggedColumn<double>(name, engineType, values, nulls)
{
    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Number;

    /// <inheritdoc/>
    public override string Format(int row) => Nulls[row] ? string.Empty : Values[row].ToString("R", CultureInfo.InvariantCulture);
}
