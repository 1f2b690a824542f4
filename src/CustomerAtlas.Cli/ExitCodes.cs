namespace CustomerAtlas.Cli;

/// <summary>The process exit codes of <c>atlas</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected internal error (a bug): the message says so.</summary>
    public const int InternalError = 1;

    /// <summary>Bad usage or bad input: the message names the option, file, row or column.</summary>
    public const int BadInput = 2;

    /// <summary><c>atlas drift --fail-on-refresh</c>: the customers changed enough that the model should be fitted again.</summary>
    public const int RefreshNeeded = 3;
}
