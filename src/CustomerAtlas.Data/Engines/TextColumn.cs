namespace CustomerAtlas.Data.Engines;

/// <summary>A text column; null entries are null strings.</summary>
public sealed class TextColumn : TableColumn
{
    /// <summary>Creates the column.</summary>
    public TextColumn(string name, string engineType, string?[] values)
        : base(name, engineType)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
    }

    /// <summary>The values.</summary>
    public string?[] Values { get; }

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Text;

    /// <inheritdoc/>
    public override int Length => Values.Length;

    /// <inheritdoc/>
    public override bool IsNull(int row) => Values[row] is null;

    /// <inheritdoc/>
    public override string Format(int row) => Values[row] ?? string.Empty;
}
