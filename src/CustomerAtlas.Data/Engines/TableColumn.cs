namespace CustomerAtlas.Data.Engines;

/// <summary>One column of a <see cref="ColumnTable"/>.</summary>
public abstract class TableColumn
{
    /// <summary>Creates a column.</summary>
    protected TableColumn(string name, string engineType)
    {
        Name = name;
        EngineType = engineType;
    }

    /// <summary>Column name.</summary>
    public string Name { get; }

    /// <summary>The engine's type name.</summary>
    public string EngineType { get; }

    /// <summary>Logical kind.</summary>
    public abstract ColumnKind Kind { get; }

    /// <summary>Number of values.</summary>
    public abstract int Length { get; }

    /// <summary>Whether row <paramref name="row"/> is null.</summary>
    public abstract bool IsNull(int row);

    /// <summary>The value of row <paramref name="row"/> as invariant text (empty for null).</summary>
    public abstract string Format(int row);
}
