using System.CommandLine;
using CustomerAtlas.Bench.CommandLine;

namespace CustomerAtlas.Bench.EndToEnd;

/// <summary>The <c>e2e</c> subcommand's arguments.</summary>
internal static class EndToEndCommandLine
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var defaults = new EndToEndOptions();
        var file = new Argument<string?>("FILE") { Description = "Raw file to segment (default: the shared online-retail log)", Arity = ArgumentArity.ZeroOrOne };
        var runs = OptionRules.Number("--runs", "Timed runs after one warm-up", defaults.Runs, minimum: 1);
        var command = new Command("e2e", "Raw file to report with the real pipeline, printing the wall time of each phase.");
        command.Arguments.Add(file);
        command.WithOptions(runs);
        command.SetAction(parse => EndToEndCommand.Run(new EndToEndOptions { Input = parse.GetValue(file), Runs = parse.GetValue(runs) }));
        return command;
    }
}
