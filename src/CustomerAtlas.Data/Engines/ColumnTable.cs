namespace CustomerAtlas.Data.Engines;

/// <summary>A query result held in memory column by column.</summary>
public sealed class ColumnTable
{
    private readonly Dictionary<string, TableColumn> _byName;

    /// <summary>Creates a table; every column must have <paramref name="rowCount"/> values.</summary>
    public ColumnTable(IReadOnlyList<TableColumn> columns, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _byName = new Dictionary<string, TableColumn>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (c.Length != rowCount)
            {
                throw new ArgumentException($"Column '{c.Name}' has {c.Length} values; the table has {rowCount} rows.", nameof(columns));
            }

            _byName[c.Name] = c;
        }

        Columns = columns;
        RowCount = rowCount;
    }

    /// <summary>The columns in result order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The column called <paramref name="name"/> (exact, case-sensitive).</summary>
    public TableColumn this[string name] =>
        _byName.TryGetValue(name, out var c) ? c : throw new KeyNotFoundException($"The result has no column '{name}'.");

    /// <summary>Whether a column called <paramref name="name"/> exists.</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);
}
