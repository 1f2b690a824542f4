namespace CustomerAtlas.Data.Engines;

/// <summary>
/// A column of value-type cells with a separate null flag per row: the value array cannot say
/// "null" itself (a NaN or a default date may be real data).
/// </summary>
/// <typeparam name="T">The cell type.</typeparam>
public abstract class FlaggedColumn<T> : TableColumn
    where T : struct
{
    /// <summary>Creates the column; both arrays are kept, not copied.</summary>
    protected FlaggedColumn(string name, string engineType, T[] values, bool[] nulls)
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

    /// <summary>The values (meaningless where <see cref="Nulls"/> is true).</summary>
    public T[] Values { get; }

    /// <summary>Null flags.</summary>
    public bool[] Nulls { get; }

    /// <inheritdoc/>
    public override int Length => Values.Length;

    /// <inheritdoc/>
    public override bool IsNull(int row) => Nulls[row];
}
