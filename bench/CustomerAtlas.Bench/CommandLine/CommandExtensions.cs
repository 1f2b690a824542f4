using System.CommandLine;

namespace CustomerAtlas.Bench.CommandLine;

/// <summary>Building helpers for the bench's subcommands.</summary>
internal static class CommandExtensions
{
    /// <summary>Adds <paramref name="options"/> in order (the order help lists them in) and returns the command.</summary>
    public static Command WithOptions(this Command command, params Option[] options)
    {
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        return command;
    }
}
