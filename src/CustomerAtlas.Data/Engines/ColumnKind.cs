namespace CustomerAtlas.Data.Engines;

/// <summary>The logical type of a column, as far as the pipeline cares.</summary>
public enum ColumnKind
{
    /// <summary>Anything else, read as text.</summary>
    Text,

    /// <summary>Integers, decimals, floats and booleans, read as doubles.</summary>
    Number,

    /// <summary>Dates and timestamps.</summary>
    Timestamp,
}
