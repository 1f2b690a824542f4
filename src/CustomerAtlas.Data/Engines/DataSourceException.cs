namespace CustomerAtlas.Data.Engines;

/// <summary>
/// The user's input cannot be used: a missing, empty or unparseable file, a column that does not
/// exist, and so on. The message names the file, row, column or option at fault; the CLI maps
/// this exception to exit code 2.
/// </summary>
public sealed class DataSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the engine error that caused it.</summary>
    public DataSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
