namespace CustomerAtlas.Data.Engines;

/// <summary>A result column: its name and the engine's type name (e.g. "VARCHAR", "DOUBLE").</summary>
/// <param name="Name">Column name as the engine reports it.</param>
/// <param name="EngineType">The engine's type name, upper case.</param>
public sealed record SqlColumn(string Name, string EngineType)
{
    /// <summary>The column's logical kind derived from <see cref="EngineType"/>.</summary>
    public ColumnKind Kind => ColumnKinds.FromEngineType(EngineType);
}
